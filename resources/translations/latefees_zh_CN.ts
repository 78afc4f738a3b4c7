<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LateFeeTexts</name>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="27"/>
        <source>Social Insurance Law art. 86</source>
        <translation>《中华人民共和国社会保险法》第八十六条</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="28"/>
        <source>0.05 % of the amount owed a day, from the day after the last free day (%1)</source>
        <translation>自最后免滞纳金日的次日起，按日加收欠缴金额万分之五（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/late_fees/texts.py" line="33"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="44"/>
        <source>Reckoned on what the agency says is still unpaid of the approved payment declaration of %1 (serial number %2): %3 yuan.</source>
        <translation>按经办机构所示 %1 已审核费款申报（流水号 %2）尚未缴纳的金额计算：%3 元。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="47"/>
        <source>Reckoned on the approved payment declaration of %1 (serial number %2): %3 yuan.</source>
        <translation>按 %1 已审核的费款申报（流水号 %2）计算：%3 元。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="53"/>
        <source>The payment declaration of %1 (serial number %2) is paid in full at the agency: no late fee accrues.</source>
        <translation>%1 的费款申报（流水号 %2）已在经办机构足额缴纳，不产生滞纳金。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="59"/>
        <source>Reckoned on the payment declaration of %1 waiting for the agency&apos;s answer (not approved yet): %2 yuan.</source>
        <translation>按 %1 等待经办机构答复的费款申报计算（尚未审核）：%2 元。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="65"/>
        <source>Reckoned on the payment declaration of %1 in the draft box (not declared yet; the approved one counts): %2 yuan.</source>
        <translation>按草稿箱中 %1 的费款申报计算（尚未申报；以审核通过的为准）：%2 元。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="69"/>
        <source>No payment declaration of %1 on this computer: there is no amount to forecast a late fee on. Compute it from Business → Payment declaration.</source>
        <translation>本机没有 %1 的费款申报，无法预测滞纳金。请从“业务 → 费款申报”计算。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="83"/>
        <source>%1 (in %2)</source>
        <translation>%1（还有 %2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="85"/>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="86"/>
        <source>%1 (%2 ago)</source>
        <translation>%1（已过 %2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="93"/>
        <source>%1 yuan (not late)</source>
        <translation>%1 元（未逾期）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="96"/>
        <source>%1 yuan (%2 late)</source>
        <translation>%1 元（逾期 %2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="113"/>
        <source>%1 was the last day to pay %2 without a late fee; today is %3 past it. A late fee accrues (%4): compute the payment to see it.</source>
        <translation>%1 是缴纳 %2 费款不产生滞纳金的最后一天，今天已逾期 %3。将加收滞纳金（%4）：请计算费款以查看金额。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="117"/>
        <source>%1 was the last day to pay %2 without a late fee; today is %3 past it. Late fee if paid today: %5 yuan, and more each day (%4).</source>
        <translation>%1 是缴纳 %2 费款不产生滞纳金的最后一天，今天已逾期 %3。今天缴纳的滞纳金：%5 元，且逐日增加（%4）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="130"/>
        <source>%1 left: %2 is the last day to pay %3 without a late fee. Paid later, a late fee is added (%4).</source>
        <translation>还剩 %1：%2 是缴纳 %3 费款不产生滞纳金的最后一天。逾期缴纳将加收滞纳金（%4）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="135"/>
        <source>%1 left: %2 is the last day to pay %3 without a late fee. Paid later, a late fee is added (%4): a day late costs %5 yuan, ten days %6 yuan.</source>
        <translation>还剩 %1：%2 是缴纳 %3 费款不产生滞纳金的最后一天。逾期缴纳将加收滞纳金（%4）：逾期一天 %5 元，十天 %6 元。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="142"/>
        <source>Last free day</source>
        <translation>最后免滞纳金日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/texts.py" line="144"/>
        <source>Late fee today</source>
        <translation>今日滞纳金</translation>
    </message>
</context>
<context>
    <name>LateFeeWindow</name>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="61"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="63"/>
        <source>Period</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="68"/>
        <source>Illustrative policy (not official)</source>
        <translation>示例政策（非官方）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="80"/>
        <source>Last day without a late fee:</source>
        <translation>不产生滞纳金的最后一天：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="81"/>
        <source>Late fee if paid today:</source>
        <translation>今天缴纳的滞纳金：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="82"/>
        <source>Rate:</source>
        <translation>标准：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="101"/>
        <source>If paid later</source>
        <translation>推迟缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="106"/>
        <source>Paid in</source>
        <translation>推迟天数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="106"/>
        <source>Paid on</source>
        <translation>缴纳日期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="106"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="107"/>
        <source>Late fee (yuan)</source>
        <translation>滞纳金（元）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="118"/>
        <source> days from today</source>
        <translation> 天后缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="123"/>
        <source>Paid</source>
        <translation>若在</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="138"/>
        <source>“%1” is not a period: type the year and month, such as 2026-11.</source>
        <translation>“%1”不是有效的所属期：请输入年月，如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="144"/>
        <source>Reading the payment declarations of %1…</source>
        <translation>正在读取 %1 的费款申报…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="175"/>
        <source>As of %1, to the cent. Only what is still unpaid accrues a late fee: a month already paid owes none.</source>
        <translation>截至 %1，计算到分。只有尚未缴纳的费款才产生滞纳金：已缴纳的月份不计。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="187"/>
        <source>on %1: no amount to reckon on.</source>
        <translation>（%1）：没有可计算的金额。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/late_fees/window.py" line="192"/>
        <source>on %1, %2 late: late fee %3 yuan.</source>
        <translation>（%1），逾期 %2：滞纳金 %3 元。</translation>
    </message>
</context>
<context>
    <name>LateFees</name>
    <message>
        <location filename="../../ssclient/gui/late_fees/__init__.py" line="12"/>
        <source>Late fee forecast</source>
        <translation>滞纳金测算</translation>
    </message>
</context>
</TS>
