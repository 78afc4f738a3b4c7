<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Payroll</name>
    <message>
        <location filename="../../ssclient/gui/payroll/__init__.py" line="11"/>
        <source>Payroll reconciliation</source>
        <translation>工资表核对</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="22"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="23"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="25"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="30"/>
        <source>Payroll row</source>
        <translation>工资表行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="36"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="42"/>
        <source>Insurance type</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="46"/>
        <source>On the payroll</source>
        <translation>工资表金额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="52"/>
        <source>Declared</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="58"/>
        <source>Difference (money)</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="64"/>
        <source>On the roster</source>
        <translation>在参保名册中</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="72"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="74"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/columns.py" line="75"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="14"/>
        <source>Paid, not insured</source>
        <translation>发薪未参保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="15"/>
        <source>Insured, not paid</source>
        <translation>参保未发薪</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="16"/>
        <source>Withheld ≠ employee share</source>
        <translation>代扣≠个人应缴</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="17"/>
        <source>Wage ≠ declared wage</source>
        <translation>工资≠申报工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="29"/>
        <source>On the payroll but not in the approved payment: declare the person (Add or Renew personnel), or, when the roster has them, revise the payment declaration.</source>
        <translation>在工资表中，但不在已审核的费款申报中：请为其办理参保（人员新增或续保）；若参保名册中已有此人，请修改费款申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="34"/>
        <source>Insured this month but not on the payroll: interrupt the person if they left, or add them to the payroll.</source>
        <translation>本月参保，但不在工资表中：如已离职请办理停保，否则请将其补入工资表。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="39"/>
        <source>The amount withheld from the wage is not the employee share of the approved payment: correct the payroll, or the base if the payment is what is wrong.</source>
        <translation>工资中代扣的金额与已审核费款申报中的个人应缴金额不一致：请更正工资表；如果是申报有误，请调整缴费基数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="44"/>
        <source>The gross wage is further from the declared wage than the tolerance: check whether the contribution base should change.</source>
        <translation>应发工资与申报工资的差距超出容差：请核实是否需要调整缴费基数。</translation>
    </message>
</context>
<context>
    <name>PayrollSheet</name>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="54"/>
        <source>The ID number is empty; every person on the payroll needs one.</source>
        <translation>身份证号码为空；工资表中的每个人都必须填写。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="55"/>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="58"/>
        <source>The gross wage is empty; write the month&apos;s gross wage, 0 when nothing was paid.</source>
        <translation>应发工资为空；请填写本月应发工资，未发放时填0。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="61"/>
        <source>{value} is not an amount; write a number such as 6500.00.</source>
        <translation>{value} 不是金额；请填写数字，如：6500.00。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="64"/>
        <source>{value} is negative; write what was paid or withheld this month.</source>
        <translation>{value} 为负数；请填写本月实际发放或代扣的金额。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="67"/>
        <source>{value} has more than two decimals; amounts are in yuan and fen.</source>
        <translation>{value} 的小数超过两位；金额以元为单位，精确到分。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/texts.py" line="70"/>
        <source>The ID number is also in row {row}; list each person once.</source>
        <translation>该身份证号码在第 {row} 行也出现过；每人只能列一次。</translation>
    </message>
</context>
<context>
    <name>PayrollWindow</name>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="75"/>
        <source>Choose the month&apos;s payroll (.xlsx or .csv) to compare it with the approved payment.</source>
        <translation>请选择本月工资表（.xlsx 或 .csv），与已审核的费款申报进行核对。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="93"/>
        <source>How far a gross wage may be from the declared wage before it is listed. The policy sets no such figure: this is the program&apos;s own choice (20 % unless you change it).</source>
        <translation>应发工资与申报工资相差多少以上才列为差异。政策中没有这一数值：这是本程序自行设定的（默认 20 %，可以修改）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="95"/>
        <source>Choose payroll…</source>
        <translation>选择工资表…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="97"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="100"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="102"/>
        <source>Wage tolerance (the program&apos;s choice)</source>
        <translation>工资容差（程序设定）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="119"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="133"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="136"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="136"/>
        <source>Gross wages</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="136"/>
        <source>Employee contributions</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="139"/>
        <source>Payroll</source>
        <translation>工资表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="139"/>
        <source>Approved payment</source>
        <translation>已审核费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="144"/>
        <source>Withheld − employee share</source>
        <translation>代扣 − 个人应缴</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="146"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="146"/>
        <source>Count</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="146"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="182"/>
        <source>Choose the payroll</source>
        <translation>选择工资表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="182"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="191"/>
        <source>Write the period as year-month, such as 2026-11.</source>
        <translation>请按“年-月”填写所属期，如：2026-11。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="204"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="209"/>
        <source>Cancelled; nothing was compared.</source>
        <translation>已取消；未进行核对。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="211"/>
        <source>Reading the payroll…</source>
        <translation>正在读取工资表…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="222"/>
        <source>%1 has no approved payment declaration yet: declare the payment first.</source>
        <translation>%1 尚无已审核的费款申报：请先办理费款申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="238"/>
        <source>Cannot use the file: %1</source>
        <translation>无法使用该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="244"/>
        <source>%1 was not compared: %2 problems in its rows. Correct them and choose it again.</source>
        <translation>%1 未核对：其中有 %2 处问题。请更正后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="254"/>
        <source>%1 differences with the approved payment %2 of %3.</source>
        <translation>与 %3 已审核的费款申报 %2 相比有 %1 处差异。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="257"/>
        <source>The payroll matches the approved payment %2 of %3.</source>
        <translation>工资表与 %3 已审核的费款申报 %2 一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="267"/>
        <source>Save the payroll template</source>
        <translation>保存工资表模板</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="268"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="274"/>
        <source>The template was saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="279"/>
        <source>Export the differences</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="279"/>
        <source>payroll-differences</source>
        <translation>工资表核对差异</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/payroll/window.py" line="291"/>
        <source>%1 differences exported to %2.</source>
        <translation>已将 %1 条差异导出到 %2。</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="48"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="52"/>
        <source>Remind me before the declaration window closes</source>
        <translation>申报期结束前提醒我</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="58"/>
        <source>Remind me on the day a payment falls due</source>
        <translation>缴费到期当天提醒我</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="130"/>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="142"/>
        <source>Social insurance %1</source>
        <translation>社会保险 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="148"/>
        <source>Next: add the employees to insure.</source>
        <translation>下一步：为职工办理新增参保。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="149"/>
        <source>Next: fix the documents the agency rejected (%1).</source>
        <translation>下一步：修改被经办机构退回的业务（%1 笔）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="150"/>
        <source>Next: declare the drafted documents (%1).</source>
        <translation>下一步：申报草稿中的业务（%1 笔）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="151"/>
        <source>Next: declare the payment.</source>
        <translation>下一步：办理费款申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="152"/>
        <source>Next: revise the payment; personnel changed after it.</source>
        <translation>下一步：修改费款申报；申报后人员有变动。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="153"/>
        <source>Waiting for the agency&apos;s answer (%1).</source>
        <translation>等待经办机构审核（%1 笔）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="154"/>
        <source>Everything of the month is declared.</source>
        <translation>本月业务均已申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="155"/>
        <source>The window is closed; drafts can be prepared.</source>
        <translation>申报期已结束；可以先准备草稿。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="168"/>
        <source>The payment for %1 falls due today.</source>
        <translation>%1 的费款今天到期。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="171"/>
        <source>The declaration window for %1 closes today.</source>
        <translation>%1 的申报期今天结束。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="173"/>
        <source>The declaration window for %1 closes in %2 days.</source>
        <translation>%1 的申报期还有 %2 天结束。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="175"/>
        <source>Not declared yet: %1.</source>
        <translation>尚未申报：%1 项。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/reminders.py" line="177"/>
        <source>Rejected, waiting to be fixed: %1.</source>
        <translation>被退回待修改：%1 笔。</translation>
    </message>
</context>
</TS>
