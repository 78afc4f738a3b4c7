<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackpayChoices</name>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="38"/>
        <source>No back payment</source>
        <translation>不补缴</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="40"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="47"/>
        <source>pension</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="48"/>
        <source>medical</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="49"/>
        <source>unemployment</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="54"/>
        <source>Back payment for the months since the person was hired, before this one: %1.</source>
        <translation>入职后、本月之前月份的补缴：%1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="56"/>
        <source>Back payment for the months before this renewal: %1.</source>
        <translation>续保前月份的补缴：%1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="56"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="59"/>
        <source>This person&apos;s insurance stopped this month: there is nothing to pay back.</source>
        <translation>此人的参保在本月才中断：没有需要补缴的月份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="63"/>
        <source>This person was not insured for %n month(s) before this one: no more can be paid back.</source>
        <translation>
            <numerusform>此人在本月之前有 %Ln 个月未参保：补缴不能超过这些月份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="70"/>
        <source>%1: none</source>
        <translation>%1：不可补缴</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="72"/>
        <source>%1: up to %n month(s)</source>
        <translation>
            <numerusform>%1：最多 %Ln 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="74"/>
        <source>%1: %2 to %n month(s)</source>
        <translation>
            <numerusform>%1：%2 至 %Ln 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryNotifier</name>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="207"/>
        <source>Declarations answered</source>
        <translation>申报结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="209"/>
        <source>The agency answered %n declaration(s): %1 approved, %2 rejected.</source>
        <translation>
            <numerusform>经办机构已审核 %Ln 份单据：通过 %1 份，未通过 %2 份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="219"/>
        <source>Find the rejected ones under My documents → Rejected, fix what each lists, and declare them again.</source>
        <translation>未通过的单据请在“我的单据 → 审核未通过”中打开，按所列问题修改后重新申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="226"/>
        <source>%1: approved, serial number %2</source>
        <translation>%1：审核通过，申报流水号 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="228"/>
        <source>%1: rejected, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1：未通过，有 %Ln 个问题需要修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="240"/>
        <source>Declaration approved</source>
        <translation>申报已审核通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="243"/>
        <source>%1 was approved by the agency.
Serial number: %2</source>
        <translation>%1 已由经办机构审核通过。
申报流水号：%2</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="248"/>
        <source>Declaration rejected</source>
        <translation>申报未通过审核</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="252"/>
        <source>%1 was rejected by the agency. Find it under My documents → Rejected, fix what is listed below, and declare it again.</source>
        <translation>%1 未通过经办机构审核。请在“我的单据 → 审核未通过”中打开，按下列提示修改后重新申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="278"/>
        <source>The payment declaration for %1 (serial %2) was approved before this change and no longer matches the roster. Revise it: compute it again and declare the revision.</source>
        <translation>%1 的费款申报（流水号 %2）在此次变更之前已审核通过，现已与参保人员不符。请更正：重新计算并申报更正后的费款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="281"/>
        <source>Revise the payment</source>
        <translation>更正费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="307"/>
        <source>Document %1</source>
        <translation>单据 %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="244"/>
        <location filename="../../ssclient/gui/documents/editor.py" line="349"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="237"/>
        <source>Saved to the draft box: %n person(s). Check and declare it from My documents → Draft box.</source>
        <translation>
            <numerusform>已保存到草稿箱：共 %Ln 人。请在“我的单据 → 草稿箱”中检查并申报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="265"/>
        <source>Fields marked %1 are required. Problems show beside the field as you type.</source>
        <translation>标有 %1 的为必填项。输入时，问题会显示在对应项旁边。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="315"/>
        <source>Period %1</source>
        <translation>所属期 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="312"/>
        <source>Period %1 (declarations are now for %2)</source>
        <translation>所属期 %1（现在只能申报 %2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="312"/>
        <source>Move to %1</source>
        <translation>改为 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor.py" line="116"/>
        <source>The document is now for %1. Save it to keep the change.</source>
        <translation>单据已改为 %1 所属期，请保存以保留此修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="342"/>
        <source>Not saved: %n problem(s) on line(s) %1. Fix them and save again.</source>
        <translation>
            <numerusform>未保存：第 %1 行共有 %Ln 个问题。请修改后再保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="43"/>
        <source>Approved by the agency, serial number %1.</source>
        <translation>经办机构已审核通过，申报流水号 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="49"/>
        <source>Revoked: the record with serial number %1 no longer counts. If it was revised, the record that replaced it is in Query → Declaration records.</source>
        <translation>已撤销：流水号 %1 的申报记录已不再有效。如已更正，替换它的记录见“查询 → 申报记录查询”。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="55"/>
        <source>Rejected by the agency: open it from My documents → Rejected to see why and fix it.</source>
        <translation>经办机构审核未通过：请在“我的单据 → 审核未通过”中打开，查看原因并修改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="62"/>
        <source>This document has been declared and can no longer be changed.</source>
        <translation>此单据已申报，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="141"/>
        <source>This document was deleted from the draft box. Save it to keep it as a new draft.</source>
        <translation>此单据已从草稿箱中删除。如需保留，请保存为新的草稿。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/editor_follow.py" line="163"/>
        <source>The changes made here after it was last saved were not declared.</source>
        <translation>上次保存之后在此所做的修改未被申报。</translation>
    </message>
</context>
<context>
    <name>DocumentEditorForm</name>
    <message>
        <location filename="../../ui/document_editor.ui" line="51"/>
        <source>People in this document</source>
        <translation>本单据中的人员</translation>
    </message>
    <message>
        <location filename="../../ui/document_editor.ui" line="65"/>
        <source>Add a person</source>
        <translation>增加人员</translation>
    </message>
    <message>
        <location filename="../../ui/document_editor.ui" line="70"/>
        <source>Remove this person</source>
        <translation>删除此人员</translation>
    </message>
    <message>
        <location filename="../../ui/document_editor.ui" line="99"/>
        <source>Save to draft box</source>
        <translation>校验后保存到草稿箱</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="29"/>
        <source>Draft box</source>
        <translation>草稿箱</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="31"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="33"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="36"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="43"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="44"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="45"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="47"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="48"/>
        <source>Serial number</source>
        <translation>申报流水号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="49"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="315"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/lists.py" line="226"/>
        <source>No documents here.</source>
        <translation>这里没有单据。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/lists.py" line="157"/>
        <source>Delete documents</source>
        <translation>删除单据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="158"/>
        <source>Delete %n document(s) from the draft box? This cannot be undone.</source>
        <translation>
            <numerusform>从草稿箱删除 %Ln 份单据吗？删除后无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/lists.py" line="256"/>
        <location filename="../../ssclient/gui/documents/lists.py" line="267"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/lists.py" line="282"/>
        <source>Check cancelled; the documents are as they were.</source>
        <translation>已取消检查，单据保持原样。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="322"/>
        <source>%n document(s) sent to the agency; the answer appears when it arrives.</source>
        <translation>
            <numerusform>已向经办机构发送 %Ln 份单据；审核结果到达后会显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="326"/>
        <source>%n document(s) not declared: fix the problems listed below.</source>
        <translation>
            <numerusform>%Ln 份单据未申报：请修改下面列出的问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="331"/>
        <source>%n document(s) have problems: double-click one below to go to the field.</source>
        <translation>
            <numerusform>%Ln 份单据有问题：双击下面的问题可直接转到该项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="335"/>
        <source>No errors: ready to declare. Look at the %n warning(s) listed below first.</source>
        <translation>
            <numerusform>没有错误，可以申报。请先查看下面列出的 %Ln 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/lists.py" line="339"/>
        <source>No problems found: ready to declare.</source>
        <translation>未发现问题：可以申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="132"/>
        <source>Select a document to see the problems found in it.</source>
        <translation>选择一份单据，查看其中发现的问题。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="138"/>
        <source>Not checked yet: press Check to run every rule on them.</source>
        <translation>尚未检查：请点击“检查”，按全部规则检查这些单据。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="142"/>
        <source>Not checked yet: press Check to run every rule on it.</source>
        <translation>尚未检查：请点击“检查”，按全部规则检查此单据。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="144"/>
        <source>Checked: no problems found.</source>
        <translation>已检查：未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/list_table.py" line="147"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="385"/>
        <source>The agency cannot be reached. %n document(s) wait in the outbox and are sent automatically when it answers again.</source>
        <translation>
            <numerusform>无法连接经办机构。%Ln 份单据在待发送队列中等待，连接恢复后将自动发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListForm</name>
    <message>
        <location filename="../../ui/document_list.ui" line="22"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="27"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="32"/>
        <source>Declare</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="37"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="98"/>
        <source>Left the company</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="99"/>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="100"/>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="101"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="102"/>
        <source>Transferred to another unit</source>
        <translation>调往其他单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="28"/>
        <source>Add personnel</source>
        <translation>新增参保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="29"/>
        <source>Renew personnel</source>
        <translation>续保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="30"/>
        <source>Interrupt personnel</source>
        <translation>停保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="31"/>
        <source>Contribution base</source>
        <translation>缴费工资申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="32"/>
        <source>Payment declaration</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="34"/>
        <source>Personnel information change</source>
        <translation>人员信息变更</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="52"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="56"/>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2（%3，%4）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="69"/>
        <source>replaces %1</source>
        <translation>替换 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="84"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="85"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="86"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="87"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="88"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="89"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/texts.py" line="90"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="23"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="25"/>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="26"/>
        <source>Declared wage base</source>
        <translation>申报工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="27"/>
        <source>Migrant worker</source>
        <translation>是否外来务工</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="28"/>
        <source>Migrant-worker insurance</source>
        <translation>是否参加农民工保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="29"/>
        <source>Home province</source>
        <translation>户籍所在省</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="30"/>
        <source>Home city</source>
        <translation>户籍所在市</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="31"/>
        <source>Home county</source>
        <translation>户籍所在县（区）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="32"/>
        <source>Reason</source>
        <translation>停保原因</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="33"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="34"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="35"/>
        <source>Women&apos;s retirement category</source>
        <translation>女职工退休类别</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="36"/>
        <source>Back payment: pension</source>
        <translation>补缴：养老</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="37"/>
        <source>Back payment: medical</source>
        <translation>补缴：医疗</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="38"/>
        <source>Back payment: unemployment</source>
        <translation>补缴：失业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="39"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="40"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="41"/>
        <source>Effective from</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="43"/>
        <source>Payment lines</source>
        <translation>缴费明细</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="44"/>
        <source>Insurance type</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="45"/>
        <source>Contribution base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="46"/>
        <source>Employer share</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="47"/>
        <source>Employee share</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="84"/>
        <source> (sheet row %1)</source>
        <translation>（表格第 %1 行）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="96"/>
        <source>Line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="99"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="100"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="182"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="187"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="189"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="192"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="194"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="195"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="168"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="169"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="170"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/findings_panel.py" line="219"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="53"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="54"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="56"/>
        <source>Reason</source>
        <translation>停保原因</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="56"/>
        <source>Wage base</source>
        <translation>申报工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="57"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="187"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="189"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/line_model.py" line="191"/>
        <source>OK</source>
        <translation>无误</translation>
    </message>
</context>
<context>
    <name>PersonLineForm</name>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="155"/>
        <source>pension</source>
        <translation>养老</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="156"/>
        <source>medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="157"/>
        <source>unemployment</source>
        <translation>失业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="158"/>
        <source>work injury</source>
        <translation>工伤</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="160"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="166"/>
        <source>Local urban</source>
        <translation>本地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="167"/>
        <source>Non-local urban</source>
        <translation>外地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="168"/>
        <source>Local rural</source>
        <translation>本地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="169"/>
        <source>Non-local rural</source>
        <translation>外地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="170"/>
        <source>Resident (unified registration)</source>
        <translation>居民户口</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="173"/>
        <location filename="../../ssclient/gui/documents/person_form.py" line="178"/>
        <location filename="../../ssclient/gui/documents/person_form.py" line="182"/>
        <location filename="../../ssclient/gui/documents/person_form.py" line="300"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="179"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="180"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="194"/>
        <source>Choose or type the reason</source>
        <translation>选择或输入停保原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/person_form.py" line="139"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="225"/>
        <source>from the roster</source>
        <translation>取自参保人员名单</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="226"/>
        <source>Type the ID number and press Enter</source>
        <translation>输入身份证号码后按回车</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="280"/>
        <source>Birth date and sex appear here once the ID number is valid.</source>
        <translation>身份证号码正确后，这里显示出生日期和性别。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="282"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="283"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/person_form.py" line="284"/>
        <source>Born %1, %2</source>
        <translation>出生日期 %1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="12"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="21"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="24"/>
        <source>as on the passport</source>
        <translation>按护照填写</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="30"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="33"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="42"/>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="60"/>
        <source>Declared wage base</source>
        <translation>申报工资</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="63"/>
        <source>e.g. 6500.00</source>
        <translation>例如 6500.00</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="69"/>
        <source>Insured for</source>
        <translation>参保险种</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="75"/>
        <source>Migrant worker</source>
        <translation>是否外来务工</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="84"/>
        <source>Migrant-worker insurance</source>
        <translation>是否参加农民工保险</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="93"/>
        <source>Home province</source>
        <translation>户籍所在省</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="102"/>
        <source>Home city</source>
        <translation>户籍所在市</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="111"/>
        <source>Home county</source>
        <translation>户籍所在县（区）</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="120"/>
        <source>Reason</source>
        <translation>停保原因</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="130"/>
        <source>Back payment</source>
        <translation>补缴</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="133"/>
        <source>Months to pay back, per insurance type: the time before a renewal, or a new hire&apos;s months before this period.</source>
        <translation>按险种选择需要补缴的月数：续保前中断的月份，或新参保人员在本期之前已入职的月份。</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="166"/>
        <source>Women&apos;s retirement category</source>
        <translation>女职工退休类别</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="169"/>
        <source>Needed only for a woman near retirement age: workers and cadres retire at different ages.</source>
        <translation>仅接近退休年龄的女性需要填写：女职工与女干部的法定退休年龄不同。</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="136"/>
        <source>Pension</source>
        <translation>养老</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="145"/>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <location filename="../../ui/person_line.ui" line="154"/>
        <source>Unemployment</source>
        <translation>失业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="18"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="19"/>
        <source>Hong Kong, Macao or Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="20"/>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="21"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="25"/>
        <source>(not needed)</source>
        <translation>（无需填写）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="26"/>
        <source>Worker</source>
        <translation>女职工</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/documents/identity_fields.py" line="27"/>
        <source>Cadre</source>
        <translation>女干部</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="129"/>
        <source>sending documents to the agency</source>
        <translation>向经办机构发送单据</translation>
    </message>
</context>
<context>
    <name>_CountedTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="78"/>
        <source>%1; %n person(s)</source>
        <translation>
            <numerusform>%1；共 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="79"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>共 %Ln 人</numerusform>
        </translation>
    </message>
</context>
</TS>
