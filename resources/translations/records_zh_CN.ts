<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BaseChangeLinesModel</name>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="42"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="44"/>
        <source>Current base</source>
        <translation>当前缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="45"/>
        <source>New base</source>
        <translation>新缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="46"/>
        <source>Effective from</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_model.py" line="47"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ChangeWindow</name>
    <message>
        <location filename="../../ssclient/gui/records/change_window.py" line="25"/>
        <source>Revise and Revoke open for this record on %1: its period&apos;s window runs from %1 to %2.</source>
        <translation>此记录的更正和撤销将于 %1 开放：其所属期的申报期为 %1 至 %2。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/change_window.py" line="31"/>
        <source>Revise and Revoke were possible only in this record&apos;s own window, %1 to %2, which has closed. To change what it declared, declare a new document for the current period.</source>
        <translation>更正和撤销只能在此记录所属期的申报期内（%1 至 %2）进行，该申报期已结束。如需更改其申报内容，请为当前所属期申报新的单据。</translation>
    </message>
</context>
<context>
    <name>ContributionBaseForm</name>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="283"/>
        <source>Contribution base %1</source>
        <translation>缴费工资申报 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="288"/>
        <source>Declarations are now for %1</source>
        <translation>现在只能申报 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="289"/>
        <source>Move to %1</source>
        <translation>改为 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="303"/>
        <source>The document is now for %1. Save it to keep the change.</source>
        <translation>单据已改为 %1 所属期，请保存以保留此修改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="191"/>
        <source>%1, current base %2.</source>
        <translation>%1，当前缴费基数 %2。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="195"/>
        <source>No one with this ID number is on the roster.</source>
        <translation>参保人员名册中没有此身份证号码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="268"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="339"/>
        <source>Correct the problems listed first; nothing was saved.</source>
        <translation>请先改正所列问题；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/base_change_form.py" line="354"/>
        <source>Saved to the draft box.</source>
        <translation>已保存到草稿箱。</translation>
    </message>
</context>
<context>
    <name>ContributionBaseFormUi</name>
    <message>
        <location filename="../../ui/contribution_base.ui" line="48"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="55"/>
        <source>ID number, then Enter</source>
        <translation>输入身份证号码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="61"/>
        <source>New base</source>
        <translation>新缴费基数</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="67"/>
        <source>e.g. 6500.00</source>
        <translation>例如 6500.00</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="73"/>
        <source>Effective from</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="85"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="96"/>
        <source>Add everyone insured</source>
        <translation>添加全部在保人员</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="114"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/contribution_base.ui" line="124"/>
        <source>Save to draft box</source>
        <translation>保存到草稿箱</translation>
    </message>
</context>
<context>
    <name>ContributionForms</name>
    <message>
        <location filename="../../ssclient/gui/contributions/titles.py" line="14"/>
        <source>(replaces %1)</source>
        <translation>（替换 %1）</translation>
    </message>
</context>
<context>
    <name>DeclarationRecordsWindow</name>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="85"/>
        <source>Declaration records</source>
        <translation>申报记录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="37"/>
        <source>Serial number</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="43"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="48"/>
        <location filename="../../ssclient/gui/records/records_window.py" line="146"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="58"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="62"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="64"/>
        <source>Replaces</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="69"/>
        <source>Replaced by</source>
        <translation>被替换为</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_columns.py" line="74"/>
        <source>Revoked at</source>
        <translation>撤销时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/records_window.py" line="96"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="135"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="139"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="146"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="147"/>
        <source>Type and status</source>
        <translation>类型和状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="148"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="159"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="160"/>
        <location filename="../../ssclient/gui/records/records_window.py" line="288"/>
        <location filename="../../ssclient/gui/records/records_window.py" line="313"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="161"/>
        <source>Revise</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="163"/>
        <source>Print receipt…</source>
        <translation>打印回执…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="165"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="194"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="209"/>
        <source>No records match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="212"/>
        <source>%1 of %2 records shown.</source>
        <translation>已显示 %2 条记录中的 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="221"/>
        <source>The agency cannot sort by %1.</source>
        <translation>经办机构不能按“%1”排序。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="62"/>
        <source>Revoke the payment declaration %1? %2 then has no payment declared: declare it again before the declaration window closes.</source>
        <translation>撤销费款申报 %1？撤销后 %2 没有已申报的费款，请在申报期结束前重新申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="70"/>
        <source>Revoke the declaration %1? The agency undoes what it changed in the roster. If the payment for %2 is already declared, revise it afterwards so that it matches the roster.</source>
        <translation>撤销申报 %1？经办机构将恢复它对参保人员名册所做的更改。如 %2 的费款已申报，撤销后请修改费款申报，使其与名册一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="291"/>
        <source>Revoking…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="305"/>
        <source>The declaration %1 was revoked.</source>
        <translation>申报 %1 已撤销。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="320"/>
        <source>Copying the record into a new draft…</source>
        <translation>正在将记录复制为新的草稿…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="329"/>
        <source>A new draft replacing this record is in the draft box; declaring it revokes the record.</source>
        <translation>替换此记录的新草稿已放入草稿箱；申报后原记录即被撤销。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="337"/>
        <source>receipt-%1.pdf</source>
        <translation>申报回执-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="338"/>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="338"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="356"/>
        <source>Writing the receipt…</source>
        <translation>正在生成回执…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="366"/>
        <source>The receipt was saved to %1.</source>
        <translation>回执已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="370"/>
        <source>Export the records</source>
        <translation>导出申报记录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="370"/>
        <source>declaration-records</source>
        <translation>申报记录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/records_window.py" line="387"/>
        <source>%1 records exported to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
</context>
<context>
    <name>PaymentDeclarationForm</name>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="139"/>
        <source>Payment declaration %1</source>
        <translation>费款申报 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="172"/>
        <source>Illustrative policy (not official)</source>
        <translation>示例政策（非官方）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="147"/>
        <source>Only %1 can be declared now: compute its payment from Business → Payment declaration.</source>
        <translation>现在只能申报 %1：请从“业务办理 → 费款申报”重新计算该月费款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="226"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="244"/>
        <source>No one is insured in %1, so nothing is owed.</source>
        <translation>%1 没有参保人员，无需缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="248"/>
        <source>%1 people, %2 lines computed.</source>
        <translation>已计算 %1 人，共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="256"/>
        <source>The agency could not be reached: the roster saved on this computer was used; compute again before declaring.</source>
        <translation>无法连接经办机构：已使用本机保存的参保人员名册；申报前请重新计算。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="285"/>
        <source>The roster changed since this was computed; press Compute before declaring.</source>
        <translation>计算之后参保人员名册已有变化；申报前请点击“计算”。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="342"/>
        <source>This declaration was deleted from the draft box. Save it to keep it as a new draft.</source>
        <translation>此费款申报已从草稿箱中删除。如需保留，请保存为新的草稿。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="385"/>
        <source>Saved to the draft box. Check and declare it there before the window closes.</source>
        <translation>已保存到草稿箱。请在申报期结束前在草稿箱中校验并申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="306"/>
        <source>The agency rejected this declaration for the reasons listed below. Press Compute to take in the roster&apos;s changes, save, and declare it again.</source>
        <translation>经办机构因下列原因退回了此申报。请点击“计算”以纳入参保人员的变化，保存后重新申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="308"/>
        <source>Declared: waiting for the agency&apos;s answer.</source>
        <translation>已申报：正在等待经办机构的答复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="261"/>
        <source>%n personnel document(s) of this period still wait for the agency&apos;s answer: this payment leaves them out. Compute again once they are answered, then declare.</source>
        <translation>
            <numerusform>本期还有 %Ln 份人员变动单据在等待经办机构答复：此费款未包含它们。请在它们有答复后重新计算，再申报。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDeclarationFormUi</name>
    <message>
        <location filename="../../ui/payment_declaration.ui" line="40"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/payment_declaration.ui" line="41"/>
        <source>Work out every insured person&apos;s contributions from the roster and the policy.</source>
        <translation>根据参保人员名册和政策计算每位参保人员的缴费。</translation>
    </message>
    <message>
        <location filename="../../ui/payment_declaration.ui" line="56"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/payment_declaration.ui" line="69"/>
        <source>Save to draft box</source>
        <translation>保存到草稿箱</translation>
    </message>
</context>
<context>
    <name>PaymentDetailsWindow</name>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="77"/>
        <source>Payment details</source>
        <translation>缴费明细</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="95"/>
        <location filename="../../ssclient/gui/records/payments_window.py" line="134"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="96"/>
        <source>For month</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="97"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="98"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="99"/>
        <source>Insurance type</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="100"/>
        <source>Base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="101"/>
        <source>Employee share</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="102"/>
        <source>Employer share</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="103"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="104"/>
        <source>Serial number</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="136"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="139"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="114"/>
        <source>Totals of every matching line</source>
        <translation>全部符合条件明细的合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="149"/>
        <source>Monthly statements…</source>
        <translation>月度缴费告知单…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="160"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="164"/>
        <source>Statements for</source>
        <translation>告知单所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="178"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="84"/>
        <source>No payment details match.</source>
        <translation>没有符合条件的缴费明细。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="85"/>
        <source>%1 of %2 lines shown.</source>
        <translation>已显示 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="196"/>
        <source>Folder for the monthly statements</source>
        <translation>选择保存月度告知单的文件夹</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="223"/>
        <source>Writing the monthly statements…</source>
        <translation>正在生成月度告知单…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="236"/>
        <source>No approved payment declaration covers %1, so there are no statements.</source>
        <translation>%1 没有审核通过的费款申报，因此没有告知单。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="242"/>
        <source>Statements for %1 people of %2 saved to %3 and %4.</source>
        <translation>%2 的 %1 人告知单已保存到 %3 和 %4。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="253"/>
        <source>Export the payment details</source>
        <translation>导出缴费明细</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="253"/>
        <source>payment-details</source>
        <translation>缴费明细</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="279"/>
        <source>%1 lines exported to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="153"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/payments_window.py" line="159"/>
        <source>Off: statements print ID numbers as 4403**********0000, so a lost sheet does not give them away.</source>
        <translation>不勾选时，缴费告知单中的身份证号码显示为 4403**********0000，遗失的单据不会泄露号码。</translation>
    </message>
</context>
<context>
    <name>PaymentLinesModel</name>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="25"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="27"/>
        <source>Insurance type</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="28"/>
        <source>For month</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="29"/>
        <source>Base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="30"/>
        <source>Employee share</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="31"/>
        <source>Employer share</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/contributions/payment_lines_model.py" line="32"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>PaymentTotals</name>
    <message>
        <location filename="../../ssclient/gui/records/views.py" line="80"/>
        <source>Employee share</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/views.py" line="81"/>
        <source>Employer share</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/views.py" line="82"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/views.py" line="86"/>
        <source>All insurance types</source>
        <translation>全部险种</translation>
    </message>
</context>
<context>
    <name>RecordDetailsDialog</name>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="50"/>
        <source>Declaration record</source>
        <translation>申报记录详情</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="53"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="61"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="94"/>
        <source>Serial number</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="95"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="96"/>
        <source>Period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="98"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="102"/>
        <source>Replaces</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="104"/>
        <source>Replaced by</source>
        <translation>被替换为</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="106"/>
        <source>Revoked at</source>
        <translation>撤销时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/record_details.py" line="126"/>
        <source>%n line(s).</source>
        <translation>
            <numerusform>共 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="129"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="137"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="138"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="142"/>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="143"/>
        <location filename="../../ssclient/gui/records/record_details.py" line="161"/>
        <source>Wage base</source>
        <translation>申报工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="144"/>
        <source>Migrant worker</source>
        <translation>是否外来务工</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="147"/>
        <source>Back payment (months)</source>
        <translation>补缴月数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="149"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="154"/>
        <location filename="../../ssclient/gui/records/record_details.py" line="161"/>
        <source>New base</source>
        <translation>新缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/record_details.py" line="155"/>
        <source>Effective from</source>
        <translation>生效月份</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ssclient/gui/records/export_action.py" line="74"/>
        <location filename="../../ssclient/gui/records/export_action.py" line="166"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/export_action.py" line="131"/>
        <source>ID and serial numbers are written as =&quot;…&quot; so that Excel, opening the file, keeps every digit; this program&apos;s import reads them back as they were.</source>
        <translation>身份证号码和流水号写成 =&quot;…&quot; 的形式，这样用 Excel 打开文件时每一位数字都会保留；本程序导入时会按原样读回。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/criteria.py" line="25"/>
        <source>e.g. 2026-01</source>
        <translation>例如 2026-01</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/criteria.py" line="38"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/criteria.py" line="68"/>
        <source>The first period must not be after the last one.</source>
        <translation>起始所属期不能晚于结束所属期。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/criteria.py" line="76"/>
        <source>A period looks like 2026-01, not %1.</source>
        <translation>所属期的格式为 2026-01，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="32"/>
        <source>Insured</source>
        <translation>在保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="34"/>
        <source>Interrupted</source>
        <translation>停保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="40"/>
        <source>local urban</source>
        <translation>本地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="41"/>
        <source>non-local urban</source>
        <translation>外地城镇</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="42"/>
        <source>local rural</source>
        <translation>本地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="43"/>
        <source>non-local rural</source>
        <translation>外地农村</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="83"/>
        <source>The agency refused to revoke it: a declaration can be revoked only while its period&apos;s declaration window is open, and that window has closed.</source>
        <translation>经办机构拒绝撤销：申报只能在其所属期的申报期内撤销，该申报期已结束。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="89"/>
        <source>The agency refused to revoke it: a later approved declaration builds on it for the same people. Revoke that one first.</source>
        <translation>经办机构拒绝撤销：之后一笔审核通过的申报以此为基础涉及相同人员。请先撤销那一笔。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="97"/>
        <source>The agency refused to revoke it: only an approved declaration can be revoked.</source>
        <translation>经办机构拒绝撤销：只有审核通过的申报才能撤销。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="101"/>
        <source>The agency refused to revoke it: %1</source>
        <translation>经办机构拒绝撤销：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="115"/>
        <source>Sorting needs every matching row and %1 match; narrow the criteria to at most %2 rows first.</source>
        <translation>排序需要加载全部符合条件的行，现有 %1 行符合；请先缩小查询条件，至多 %2 行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/export_action.py" line="28"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/texts.py" line="94"/>
        <source>The agency refused to revoke it: the later declaration %1 builds on it for the same people. Revoke %1 first.</source>
        <translation>经办机构拒绝撤销：后来的申报 %1 以此申报为基础（涉及相同人员）。请先撤销 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/criteria.py" line="34"/>
        <source>Part of an ID number or name</source>
        <translation>身份证号码或姓名的一部分</translation>
    </message>
</context>
<context>
    <name>RosterWindow</name>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="49"/>
        <source>Insured roster</source>
        <translation>参保人员名册</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="66"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="70"/>
        <source>Declared wage</source>
        <translation>申报工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="77"/>
        <source>Base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="83"/>
        <source>Insured since</source>
        <translation>参保起始月</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="85"/>
        <source>Interrupted from</source>
        <translation>停保起始月</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="89"/>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="90"/>
        <source>Insurance types</source>
        <translation>险种</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="105"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="109"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="112"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="117"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="159"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="58"/>
        <source>No one matches.</source>
        <translation>没有符合条件的人员。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="59"/>
        <source>%1 of %2 people shown.</source>
        <translation>已显示 %2 人中的 %1 人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="99"/>
        <source>Name, its pinyin or initials, or part of an ID number</source>
        <translation>姓名、拼音或拼音首字母，或身份证号码的一部分</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="165"/>
        <source>Export the roster</source>
        <translation>导出参保人员名册</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="165"/>
        <source>insured-roster</source>
        <translation>参保人员名册</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/records/roster_window.py" line="173"/>
        <source>%1 people exported to %2.</source>
        <translation>已将 %1 人导出到 %2。</translation>
    </message>
</context>
</TS>
