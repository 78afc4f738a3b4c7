<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CorrectionsTable</name>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="68"/>
        <source>Fact</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="68"/>
        <source>On the roster</source>
        <translation>名册登记</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="68"/>
        <source>Corrected</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>InfoChange</name>
    <message>
        <location filename="../../ssclient/gui/infochange/actions.py" line="24"/>
        <source>Personnel information change</source>
        <translation>人员信息变更</translation>
    </message>
</context>
<context>
    <name>InfoChangeFacts</name>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="20"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="21"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="22"/>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="23"/>
        <source>Migrant worker</source>
        <translation>是否外来务工</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="24"/>
        <source>Migrant-worker insurance</source>
        <translation>是否参加农民工保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="25"/>
        <source>Home province</source>
        <translation>户籍所在省</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="26"/>
        <source>Home city</source>
        <translation>户籍所在市</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="27"/>
        <source>Home county</source>
        <translation>户籍所在县（区）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="28"/>
        <source>Home region</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="39"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="41"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="42"/>
        <source>Hong Kong, Macao or Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="43"/>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="44"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="50"/>
        <source>Local urban</source>
        <translation>本地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="51"/>
        <source>Non-local urban</source>
        <translation>外地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="52"/>
        <source>Local rural</source>
        <translation>本地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="53"/>
        <source>Non-local rural</source>
        <translation>外地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="54"/>
        <source>Resident (unified registration)</source>
        <translation>居民户口</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="58"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/corrections.py" line="59"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>InfoChangeForm</name>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="122"/>
        <source>The ID number is wrong…</source>
        <translation>身份证号码有误…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="130"/>
        <source>The ID number is the key of the person&apos;s record.</source>
        <translation>身份证号码是人员档案的标识。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="142"/>
        <source>Save to draft box after verification</source>
        <translation>校验后保存到草稿箱</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="189"/>
        <source>Personnel information change %1</source>
        <translation>人员信息变更 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="210"/>
        <location filename="../../ssclient/gui/infochange/form.py" line="310"/>
        <source>Correct what is wrong; the table shows each correction.</source>
        <translation>请更正有误的信息；下表列出每一项变更。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="220"/>
        <source>Pick the person to correct from the roster on the left.</source>
        <translation>请从左侧的参保人员名册中选择要变更的人员。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="322"/>
        <source>Corrections</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="324"/>
        <source>Corrections: %1</source>
        <translation>变更内容：%1 项</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="326"/>
        <source>Nothing corrected yet: change a field above.</source>
        <translation>尚无变更：请修改上方的信息。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="341"/>
        <source>Pick the person to correct first; nothing was saved.</source>
        <translation>请先选择要变更的人员；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="345"/>
        <source>Correct the problems listed first; nothing was saved.</source>
        <translation>请先更正列出的问题；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/form.py" line="362"/>
        <source>Saved to the draft box. Check and declare it there; the roster follows its approval.</source>
        <translation>已保存到草稿箱。请在草稿箱中校验并申报；审核通过后参保人员名册随之更新。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="30"/>
        <source>Name, its pinyin or initials, or ID number</source>
        <translation>姓名、拼音或拼音首字母，或身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="37"/>
        <source>Person to correct</source>
        <translation>变更人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="69"/>
        <source>(interrupted)</source>
        <translation>（已停保）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="78"/>
        <source>The roster is empty: people appear here once their add personnel is approved.</source>
        <translation>参保人员名册为空：新增参保审核通过后，人员显示在此处。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="80"/>
        <source>No one on the roster has this name or ID number.</source>
        <translation>参保人员名册中没有此姓名或身份证号码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="83"/>
        <source>%1 of %2 people shown: type more of the name or ID number.</source>
        <translation>显示 %2 人中的 %1 人：请输入更多的姓名或身份证号码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/infochange/people.py" line="86"/>
        <source>People found: %1</source>
        <translation>找到 %1 人</translation>
    </message>
</context>
</TS>
