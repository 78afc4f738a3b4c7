<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="60"/>
        <source>New operator</source>
        <translation>新建操作员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="61"/>
        <source>Permissions of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="62"/>
        <source>New initial password for %1</source>
        <translation>为 %1 设置新的初始密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="78"/>
        <source>e.g. wang.fang: letters, digits, dots, dashes</source>
        <translation>例如 wang.fang：字母、数字、点、短横线</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="79"/>
        <source>Log-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="79"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="81"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="89"/>
        <source>The operator must change this password at the first log-in.</source>
        <translation>操作员首次登录时必须修改此密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="94"/>
        <source>Permissions:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="150"/>
        <source>Enter the log-in name the operator will type at log-in.</source>
        <translation>请填写操作员登录时输入的登录名。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="152"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/dialog.py" line="154"/>
        <source>Give the operator at least one permission (“Query only” lets it only look).</source>
        <translation>请至少授予操作员一项权限（“仅查询”只允许查看）。</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <location filename="../../ssclient/gui/operators/login_field.py" line="30"/>
        <source>Empty: the unit&apos;s administrator; else your operator log-in name</source>
        <translation>留空：单位管理员；否则填写您的操作员登录名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/login_field.py" line="37"/>
        <source>Operators are created by the unit&apos;s administrator (System → Operators) and log in with the unit code, their log-in name and their own password.</source>
        <translation>操作员由单位管理员创建（系统 → 操作员），使用单位编号、自己的登录名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/login_field.py" line="38"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <location filename="../../ssclient/gui/operators/actions.py" line="40"/>
        <source>Operators…</source>
        <translation>操作员…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/actions.py" line="75"/>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/actions.py" line="102"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="20"/>
        <source>Draft</source>
        <translation>填写草稿</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="21"/>
        <source>Declare</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="22"/>
        <source>Revoke and revise</source>
        <translation>撤销与更正</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="23"/>
        <source>Payment</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="24"/>
        <source>Query only</source>
        <translation>仅查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="25"/>
        <source>Manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="34"/>
        <source>Write personnel and contribution base drafts, and import them.</source>
        <translation>填写人员和缴费基数草稿，并从表格导入。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="37"/>
        <source>Declare personnel and contribution base documents to the agency.</source>
        <translation>向经办机构申报人员和缴费基数单据。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="40"/>
        <source>Revoke approved declarations, and (with Declare) revise them.</source>
        <translation>撤销已审核的申报，并（同时具有“申报”权限时）更正申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="43"/>
        <source>Draft and declare the monthly payment declaration.</source>
        <translation>填写并申报每月的费款申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="46"/>
        <source>Read records, payment details and the roster; every permission includes this.</source>
        <translation>查看申报记录、缴费明细和参保人员名册；每项权限都包含此项。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="51"/>
        <source>Create operators, set their permissions, disable them, reset their passwords, and edit the unit&apos;s information.</source>
        <translation>创建操作员、设置权限、停用操作员、重置密码，以及修改单位信息。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="62"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="71"/>
        <source>You need the permission “%1” for this. Ask the unit&apos;s administrator to grant it.</source>
        <translation>此操作需要“%1”权限。请联系单位管理员授权。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="78"/>
        <source>Administrator (unit log-in)</source>
        <translation>管理员（单位登录）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="82"/>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="90"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="99"/>
        <source>The agency refused: this operator does not have the permission “%1”. Ask the unit&apos;s administrator to grant it.</source>
        <translation>经办机构拒绝：此操作员没有“%1”权限。请联系单位管理员授权。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="103"/>
        <source>The agency refused: this operator does not have the permission for this.</source>
        <translation>经办机构拒绝：此操作员没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="107"/>
        <source>This unit already has an operator with this log-in name. Choose another log-in name.</source>
        <translation>本单位已有使用此登录名的操作员。请换一个登录名。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="112"/>
        <source>A log-in name has 2 to 40 letters, digits, dots, dashes or underscores, and starts with a letter or a digit.</source>
        <translation>登录名由 2 至 40 个字母、数字、点、短横线或下划线组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="115"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="119"/>
        <source>Give the operator at least one permission (“Query only” lets an operator only look).</source>
        <translation>请至少授予操作员一项权限（“仅查询”只允许查看）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="124"/>
        <source>You cannot disable yourself or take away your own permission to manage operators. The unit&apos;s administrator or another operator who manages operators can.</source>
        <translation>您不能停用自己，也不能取消自己管理操作员的权限。可由单位管理员或其他有管理操作员权限的操作员办理。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="127"/>
        <source>The unit code, the operator&apos;s log-in name or the password is wrong.</source>
        <translation>单位编号、操作员登录名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/texts.py" line="130"/>
        <source>This operator is disabled. Ask the unit&apos;s administrator to enable it.</source>
        <translation>此操作员已停用。请联系单位管理员启用。</translation>
    </message>
</context>
<context>
    <name>OperatorsWindow</name>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="40"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="58"/>
        <source>Operators of unit %1: each logs in with the unit code, a log-in name and a password.</source>
        <translation>单位 %1 的操作员：每人使用单位编号、登录名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="66"/>
        <source>Log-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="66"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="66"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="75"/>
        <source>Add operator…</source>
        <translation>新建操作员…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="77"/>
        <source>Permissions…</source>
        <translation>权限…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="79"/>
        <location filename="../../ssclient/gui/operators/window.py" line="166"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="81"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="84"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="94"/>
        <source>Reading the operators from the agency…</source>
        <translation>正在从经办机构读取操作员…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/operators/window.py" line="103"/>
        <source>%n operator(s) besides the administrator.</source>
        <translation>
            <numerusform>除管理员外共有 %Ln 名操作员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="105"/>
        <source>Cannot be disabled</source>
        <translation>不可停用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="109"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="111"/>
        <source>Enabled; must change the initial password</source>
        <translation>已启用；须修改初始密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="113"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="137"/>
        <source>The unit&apos;s administrator logs in with the unit code alone and may do everything; it cannot be disabled, so the unit always keeps someone who manages it.</source>
        <translation>单位管理员只用单位编号登录，可以办理所有业务；管理员不可停用，以保证单位始终有人能够管理。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="165"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="169"/>
        <source>Disabling ends the operator&apos;s sessions at once; its records keep its name.</source>
        <translation>停用后该操作员的会话立即结束；其提交的记录仍保留其登录名。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="174"/>
        <source>The operator %1 was created: give them the initial password.</source>
        <translation>已创建操作员 %1：请将初始密码告知本人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="186"/>
        <source>The permissions of %1 were changed.</source>
        <translation>%1 的权限已修改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="199"/>
        <source>%1 has a new initial password; their sessions were ended.</source>
        <translation>%1 已设置新的初始密码；其会话已结束。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="208"/>
        <source>%1 is enabled again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/operators/window.py" line="210"/>
        <source>%1 is disabled: its sessions ended at once.</source>
        <translation>%1 已停用：其会话已立即结束。</translation>
    </message>
</context>
</TS>
