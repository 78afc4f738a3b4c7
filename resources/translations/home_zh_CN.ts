<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="116"/>
        <source>Reading this month&apos;s documents…</source>
        <translation>正在读取本月单据…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="138"/>
        <source>Drafted</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="138"/>
        <source>Waiting</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="138"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="138"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="139"/>
        <source>This period</source>
        <translation>本期业务</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="166"/>
        <source>Start something new</source>
        <translation>新办业务</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="220"/>
        <source>Period %1</source>
        <translation>所属期 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="242"/>
        <source>Nobody is insured for %1 yet: there is no payment to declare.</source>
        <translation>%1 尚无参保人员，无需申报费款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="246"/>
        <source>The payment for %1 is not declared yet.</source>
        <translation>%1 的费款尚未申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="247"/>
        <source>The payment for %1 waits for the agency&apos;s answer.</source>
        <translation>%1 的费款申报正在等待经办机构回复。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="248"/>
        <source>The payment for %1 is declared (%2) and matches the roster.</source>
        <translation>%1 的费款已申报（%2），与参保人员名册一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="252"/>
        <source>The payment for %1 was declared (%2), but personnel changed since: revise it so that it matches the roster.</source>
        <translation>%1 的费款已申报（%2），但此后人员有变动：请修改费款申报，使其与参保人员名册一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="260"/>
        <source>The declaration window is closed. Drafts can be prepared meanwhile.</source>
        <translation>申报期已结束。在此期间可以先准备草稿。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="262"/>
        <source>Next: nobody is insured by this unit yet. Add the employees to insure.</source>
        <translation>下一步：本单位尚无参保人员，请先为职工办理新增参保。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="264"/>
        <source>Next: the agency rejected %n document(s). Fix and declare them again.</source>
        <translation>
            <numerusform>下一步：经办机构退回了 %Ln 份单据，请修改后重新申报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="267"/>
        <source>Next: check and declare %n drafted document(s).</source>
        <translation>
            <numerusform>下一步：检查并申报 %Ln 份草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="269"/>
        <source>Next: compute and declare the payment for %1.</source>
        <translation>下一步：计算并申报 %1 的费款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="271"/>
        <source>Next: revise the payment for %1; personnel changed after it.</source>
        <translation>下一步：修改 %1 的费款申报，此后人员有变动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="276"/>
        <source>%n document(s) wait for the agency&apos;s answer; nothing else to do now.</source>
        <translation>
            <numerusform>%Ln 份单据正在等待经办机构回复，目前无需其他操作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="277"/>
        <source>Everything for %1 is declared. Give the employees their monthly statements.</source>
        <translation>%1 的业务已全部申报。请向职工发放月度缴费告知单。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="283"/>
        <source>Add personnel</source>
        <translation>新增参保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="284"/>
        <source>Open rejected documents</source>
        <translation>打开审核未通过的单据</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="285"/>
        <location filename="../../ssclient/gui/home_page.py" line="290"/>
        <source>Open the draft box</source>
        <translation>打开草稿箱</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="286"/>
        <source>Declare the payment</source>
        <translation>申报费款</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="287"/>
        <source>Open declaration records</source>
        <translation>打开申报记录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="288"/>
        <source>See what was submitted</source>
        <translation>查看已提交的单据</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/home_page.py" line="289"/>
        <source>Monthly statements</source>
        <translation>月度缴费告知单</translation>
    </message>
</context>
</TS>
