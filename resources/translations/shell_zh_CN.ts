<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentLogin</name>
    <message>
        <location filename="../../ssclient/gui/session_expired.py" line="42"/>
        <source>Agent code</source>
        <translation>代理机构代码</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="27"/>
        <source>This file is not an ssclient archive. Choose a file ending in .ssarchive, made with “Export for a new computer”.</source>
        <translation>此文件不是本程序的迁移文件。请选择用“导出到新电脑”生成的 .ssarchive 文件。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="28"/>
        <source>The archive is damaged or incomplete (was it copied whole?). Export it again on the old computer.</source>
        <translation>迁移文件已损坏或不完整（是否完整复制？）。请在原电脑上重新导出。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="29"/>
        <source>The archive was made by a newer version of ssclient. Install that version here first.</source>
        <translation>迁移文件由更新版本的程序生成。请先在本机安装该版本。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="30"/>
        <source>The archive is protected by a passphrase. Enter it to import the archive.</source>
        <translation>迁移文件设有口令。请输入口令后导入。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="31"/>
        <source>The passphrase is wrong (or the archive was changed). Nothing was imported.</source>
        <translation>口令错误（或迁移文件已被改动）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="32"/>
        <source>This computer already holds the data of unit %1; the archive belongs to another unit. Nothing was imported.</source>
        <translation>本机已保存单位 %1 的数据，而该迁移文件属于其他单位。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="40"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="66"/>
        <source>Export for a new computer</source>
        <translation>导出到新电脑</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="68"/>
        <source>ssclient archives (*%1)</source>
        <translation>迁移文件 (*%1)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="76"/>
        <source>A passphrase protects the archive (recommended on a USB stick). Leave it empty for none:</source>
        <translation>口令可保护迁移文件（存放在 U 盘时建议设置）。不设口令请留空：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="80"/>
        <source>Type the passphrase again:</source>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="81"/>
        <source>The two passphrases differ. Nothing was exported.</source>
        <translation>两次输入的口令不一致。未导出。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="88"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="93"/>
        <source>Exported to %1. Copy this file to the new computer and import it there.</source>
        <translation>已导出到 %1。请将此文件复制到新电脑，并在新电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="100"/>
        <source>The archive could not be written to %1 (full, read-only or removed?). Choose another place.</source>
        <translation>无法将迁移文件写入 %1（磁盘已满、只读或已拔出？）。请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="108"/>
        <location filename="../../ssclient/gui/archive_actions.py" line="144"/>
        <source>Import from another computer</source>
        <translation>从其他电脑导入</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="109"/>
        <source>ssclient archives (*%1);;All files (*)</source>
        <translation>迁移文件 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="115"/>
        <source>Reading the archive…</source>
        <translation>正在读取迁移文件…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="136"/>
        <source>Import the data of unit %1, exported %2?

Documents: %3. People on the roster: %4.

The data on this computer, if any, is kept as a backup first. You will log in again.</source>
        <translation>导入单位 %1 于 %2 导出的数据？

单据：%3 份。参保花名册：%4 人。

本机已有的数据会先另存为备份。导入后请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="147"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="168"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="190"/>
        <source>The data of unit %1 was imported. Log in to continue.</source>
        <translation>单位 %1 的数据已导入。请登录以继续。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/archive_actions.py" line="194"/>
        <source>The data that was here before is kept in %1.</source>
        <translation>本机原有的数据已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="49"/>
        <source>Search: a serial number, a key, an ID number, an action…</source>
        <translation>搜索：流水号、提交标识、身份证号码、操作…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="51"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="53"/>
        <source>Verify the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="55"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="60"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="61"/>
        <source>Reference</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="62"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="63"/>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="65"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="97"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="116"/>
        <source>Entries: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="126"/>
        <source>Sent:
%1

Received (%2):
%3

Hash: %4</source>
        <translation>发送内容：
%1

收到的应答（%2）：
%3

哈希：%4</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="133"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="141"/>
        <source>The chain is intact: %1 entries checked, none changed, removed or inserted.</source>
        <translation>日志链完整：已校验 %1 条，没有被修改、删除或插入的记录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="146"/>
        <source>The chain is broken at entry %1: it was changed, or an entry before it was removed.</source>
        <translation>日志链在第 %1 条处断开：该记录被修改，或其前面的记录被删除。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="150"/>
        <source>audit-%1.csv</source>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="151"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="151"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="158"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="165"/>
        <source>Submission</source>
        <translation>提交申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="166"/>
        <source>Answer asked again</source>
        <translation>重新查询应答</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/audit_window.py" line="167"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="43"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="44"/>
        <source>At exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="45"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="46"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="47"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="55"/>
        <source>The file %1 cannot be read. Check that it exists and that you may open it.</source>
        <translation>无法读取文件 %1。请检查该文件是否存在、您是否有权打开。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="56"/>
        <source>The file %1 is not an ssclient backup. Choose a backup file (*.backup or *.sqlite3).</source>
        <translation>文件 %1 不是本程序的备份。请选择备份文件（*.backup 或 *.sqlite3）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="57"/>
        <source>The backup %1 is damaged or incomplete (was it copied whole?). Choose another backup.</source>
        <translation>备份 %1 已损坏或不完整（是否完整复制？）。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="58"/>
        <source>The backup %1 was made by a newer version of ssclient. Install that version to restore it.</source>
        <translation>备份 %1 由更新版本的程序生成。请安装该版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="59"/>
        <source>The backup %1 holds another unit&apos;s data (%2), not this unit&apos;s. Nothing was restored.</source>
        <translation>备份 %1 保存的是其他单位（%2）的数据，不是本单位的。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="60"/>
        <source>The backup %1 holds no unit&apos;s data. Nothing would be gained by restoring it.</source>
        <translation>备份 %1 中没有任何单位的数据，恢复它没有意义。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backup_session.py" line="30"/>
        <source>The backup could not be copied into the data file (full or read-only disk?). Your data was left as it was. Free some space or check the folder&apos;s permissions, then try again.</source>
        <translation>无法将备份复制到数据文件（磁盘已满或只读？）。您的数据保持原样。请释放磁盘空间或检查文件夹权限后重试。</translation>
    </message>
</context>
<context>
    <name>BackupsController</name>
    <message>
        <location filename="../../ssclient/gui/backup_session.py" line="79"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backup_session.py" line="31"/>
        <source>The backup was restored. Log in to continue.</source>
        <translation>备份已恢复。请登录以继续。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backup_session.py" line="34"/>
        <source>Your data as it was before is kept in %1.</source>
        <translation>恢复前的数据已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="79"/>
        <source>Backups</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="87"/>
        <source>Back up now to…</source>
        <translation>立即备份到…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="88"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="89"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="92"/>
        <source>Export for a new computer…</source>
        <translation>导出到新电脑…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="93"/>
        <source>Import from another computer…</source>
        <translation>从其他电脑导入…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="105"/>
        <source>A copy of your data is kept automatically at the first start of each day, at exit after a change, before an upgrade and before a restore: the newest of each of the last 7 days, 4 weeks and 12 months. They are in %1.</source>
        <translation>程序会自动保存数据副本：每天首次启动时、有更改后退出时、升级前和恢复前；保留最近 7 天、4 周和 12 个月中每段时间最新的一份。备份位于 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="108"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="108"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="108"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="134"/>
        <source>No backup has been taken yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="143"/>
        <source>Back up to which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="148"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="156"/>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="164"/>
        <source>The backup could not be written to %1 (full, read-only or removed?). Nothing was changed; choose another folder and try again.</source>
        <translation>无法将备份写入 %1（磁盘已满、只读或已拔出？）。未做任何更改；请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="176"/>
        <source>Restore which backup?</source>
        <translation>恢复哪个备份？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="177"/>
        <source>ssclient backups (*.backup *.sqlite3);;All files (*)</source>
        <translation>程序备份 (*.backup *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="184"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="213"/>
        <source>Restore the backup of %1?

Documents: %2. People on the roster: %3. Waiting to be sent: %4 (these are checked with the agency before anything is sent again).

Your data as it is now is kept as a backup first. You will be logged out and log in again.</source>
        <translation>恢复 %1 的备份？

单据：%2 份。参保花名册：%3 人。待发送：%4 份（再次发送前会先向经办机构核对）。

当前数据会先另存为备份。恢复时将退出登录，之后请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="220"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="222"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/backups.py" line="223"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupsForm</name>
    <message>
        <location filename="../../ui/backups.ui" line="33"/>
        <source>Export for a new computer…</source>
        <translation>导出到新电脑…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.ui" line="38"/>
        <source>Import from another computer…</source>
        <translation>从其他电脑导入…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.ui" line="50"/>
        <source>Back up now to…</source>
        <translation>立即备份到…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.ui" line="55"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.ui" line="60"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ssclient/gui/password.py" line="35"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/password.py" line="52"/>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/password.py" line="58"/>
        <source>You logged in with the initial password. Choose your own password before you continue: at least 8 characters, with letters and digits, not the tax registration number.</source>
        <translation>您使用初始密码登录。继续之前请设置您自己的密码：至少 8 位，须同时包含字母和数字，且不能是税务登记号。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/password.py" line="59"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/password.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/password.py" line="94"/>
        <source>Enter the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <location filename="../../ui/change_password.ui" line="10"/>
        <source>Choose a new password: at least 8 characters, with letters and digits, not the tax registration number.</source>
        <translation>请设置新密码：至少 8 位，须同时包含字母和数字，且不能是税务登记号。</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="19"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="32"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="52"/>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="93"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="61"/>
        <source>The agency cannot be reached. Check the network connection and the agency address in the settings (the Settings… button of the log-in window; System → Settings once logged in), then try again.</source>
        <translation>无法连接经办机构。请检查网络连接和设置中的经办机构地址（登录窗口的“设置…”按钮；登录后为“系统 → 设置”），然后重试。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="88"/>
        <source>The agency refused the request.</source>
        <translation>经办机构拒绝了该请求。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="108"/>
        <source>The unit code or the password is wrong.</source>
        <translation>单位编号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="109"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="112"/>
        <source>A unit with this unified social credit code is already registered.</source>
        <translation>该统一社会信用代码的单位已经注册。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="113"/>
        <location filename="../../ssclient/gui/errors.py" line="114"/>
        <source>Your session has ended. Log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="117"/>
        <source>Change the initial password first.</source>
        <translation>请先修改初始密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="130"/>
        <source>The agency did not take the document: it is larger than the agency accepts at once. Split its people into several documents (an import from a spreadsheet does so by itself) and declare them.</source>
        <translation>经办机构未接收此单据：单据超过了经办机构一次可接收的大小。请将其中的人员分成几份单据（从表格导入时会自动拆分）后申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="135"/>
        <source>The agency did not take the document: the sending number it came with had already come with another document. Nothing was recorded. Declare the document again: it goes with a new number.</source>
        <translation>经办机构未接收此单据：它发送时所用的编号已被另一份单据用过。经办机构没有记录任何内容。请重新申报此单据，它将使用新的编号发送。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="140"/>
        <source>The agency did not take this revision: the unit has no record with the serial number it replaces. Nothing was recorded. Find the record in the declaration records and revise it there.</source>
        <translation>经办机构未接收此更正：本单位没有它所替换的申报流水号的记录。经办机构没有记录任何内容。请在申报记录查询中找到该记录，并从那里更正。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="146"/>
        <source>The agency did not take this revision: the record it replaces can no longer be replaced (it was revoked or revised already, a later declaration builds on it, or its period&apos;s declaration window has closed). Nothing was recorded. The declaration records show the record as it is now.</source>
        <translation>经办机构未接收此更正：它所替换的记录已不能再被替换（该记录已被撤销或更正，或有后来的申报以它为基础，或其所属期的申报期已结束）。经办机构没有记录任何内容。该记录的当前状态请在申报记录查询中查看。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="156"/>
        <source>Too many wrong passwords: this unit is locked until %1 (Beijing time). Try again then.</source>
        <translation>密码错误次数过多：本单位已被锁定至 %1（北京时间），届时请再试。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="162"/>
        <source>Too many wrong passwords: this unit is locked for a while. Try again later.</source>
        <translation>密码错误次数过多：本单位已被暂时锁定，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="169"/>
        <source>Something went wrong inside the program. Your saved work is safe. The details were written to the log file:
{path}</source>
        <translation>程序内部出现错误。您已保存的数据不受影响。详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/errors.py" line="199"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ssclient/gui/file_dialogs.py" line="42"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ssclient/gui/login.py" line="56"/>
        <source>Log in — Social insurance online declaration</source>
        <translation>登录 — 社会保险网上申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="69"/>
        <source>Checking whether this computer has a secure keyring…</source>
        <translation>正在检查本机是否有安全的密钥环……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="87"/>
        <location filename="../../ssclient/gui/login.py" line="219"/>
        <source>Training agency (local): nothing you declare here reaches the real social insurance agency.</source>
        <translation>培训用本地经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="136"/>
        <source>Social insurance online declaration</source>
        <translation>社会保险网上申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="148"/>
        <source>The code you received at registration, e.g. 170000001</source>
        <translation>注册时获得的编号，例如 170000001</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="153"/>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="163"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="164"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="177"/>
        <source>Register a new unit…</source>
        <translation>注册新单位…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="179"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="197"/>
        <source>Connecting to the agency at %1…</source>
        <translation>正在连接经办机构 %1……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="200"/>
        <source>Starting the local training agency…</source>
        <translation>正在启动培训用本地经办机构……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="215"/>
        <source>Training agency: nothing you declare here reaches the real social insurance agency.</source>
        <translation>培训用经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="226"/>
        <source>No agency: %1</source>
        <translation>没有可用的经办机构：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="232"/>
        <source>You can log in offline with the password of your last online log-in on this computer: documents you declare are sent once the agency answers.</source>
        <translation>可以用本机上次在线登录时的密码离线登录：申报的单据将在经办机构恢复连接后发送。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="244"/>
        <source>Enter the unit code: the code you received when the unit was registered.</source>
        <translation>请输入单位编号：即单位注册时获得的编号。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="248"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login_keyring.py" line="74"/>
        <source>This computer has no secure keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>本机没有安全的密钥环（如 GNOME 密钥环、KWallet 或 Windows 凭据管理器），因此无法安全地记住密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="364"/>
        <source>Logging in…</source>
        <translation>正在登录……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="366"/>
        <source>Log in offline</source>
        <translation>离线登录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/login.py" line="181"/>
        <location filename="../../ssclient/gui/login.py" line="368"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="109"/>
        <source>&amp;Business</source>
        <translation>业务办理(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="143"/>
        <source>Add personnel</source>
        <translation>新增参保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="144"/>
        <source>Renew personnel</source>
        <translation>续保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="145"/>
        <source>Interrupt personnel</source>
        <translation>停保</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="111"/>
        <source>My &amp;documents</source>
        <translation>我的单据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="116"/>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="122"/>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="125"/>
        <source>Unit information</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="128"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="131"/>
        <source>Month board of all units</source>
        <translation>全部单位月度看板</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="133"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="137"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="138"/>
        <source>Exit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="163"/>
        <source>Draft box</source>
        <translation>草稿箱</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="164"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="165"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="166"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="177"/>
        <source>Contribution base</source>
        <translation>缴费工资申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="184"/>
        <source>Payment declaration</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="190"/>
        <location filename="../../ssclient/gui/query_tabs.py" line="41"/>
        <source>Declaration records</source>
        <translation>申报记录查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="191"/>
        <location filename="../../ssclient/gui/query_tabs.py" line="55"/>
        <source>Payment details</source>
        <translation>缴费明细查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="192"/>
        <location filename="../../ssclient/gui/query_tabs.py" line="64"/>
        <source>Insured roster</source>
        <translation>参保人员查询</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="194"/>
        <location filename="../../ssclient/gui/query_tabs.py" line="92"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="195"/>
        <location filename="../../ssclient/gui/query_tabs.py" line="101"/>
        <source>Reaching retirement age</source>
        <translation>即将达到退休年龄人员</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="198"/>
        <source>Frequent actions</source>
        <translation>常用操作</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="223"/>
        <source>Back to the units</source>
        <translation>返回单位列表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="224"/>
        <source>Close this unit&apos;s window and return to the agent&apos;s month board</source>
        <translation>关闭本单位窗口，返回代理机构的月度看板</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="348"/>
        <source>Social insurance online declaration</source>
        <translation>社会保险网上申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="352"/>
        <source>agent %1 at work</source>
        <translation>由代理机构 %1 代办</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/main_window.py" line="355"/>
        <source>TRAINING</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>MonthBoard</name>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="52"/>
        <source>Month board — every unit on this computer</source>
        <translation>月度看板 — 本机全部单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="54"/>
        <location filename="../../ssclient/gui/units/month_board.py" line="113"/>
        <source>Reading the units&apos; data…</source>
        <translation>正在读取各单位的数据…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="58"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="68"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="69"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="70"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="71"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="72"/>
        <source>Waiting</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="73"/>
        <source>Rejected</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="74"/>
        <source>Declared this period</source>
        <translation>本期已申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="75"/>
        <source>Payment</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="83"/>
        <source>Double-click a unit or press Enter to open it.</source>
        <translation>双击单位或按回车键打开该单位。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="142"/>
        <source>Period %1: no unit has logged in on this computer yet.</source>
        <translation>%1 期：本机尚无单位登录过。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="148"/>
        <source>Period %1 · units: %2 · with rejected documents: %3 · with work to do: %4</source>
        <translation>%1 期 · 单位：%2 · 有审核未通过的单据：%3 · 有待办事项：%4</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="196"/>
        <source>No data file on this computer: log in to the unit to make one.</source>
        <translation>本机没有该单位的数据文件：登录该单位即会建立。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="160"/>
        <source>Cannot be read here: %1</source>
        <translation>本机无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="201"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="207"/>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="212"/>
        <source>nobody insured: nothing to pay</source>
        <translation>无参保人员，无需缴费</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="213"/>
        <source>not declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="214"/>
        <source>waiting for the agency</source>
        <translation>等待经办机构回复</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="215"/>
        <source>declared, current</source>
        <translation>已申报，与名册一致</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/month_board.py" line="216"/>
        <source>declared, personnel changed since: revise</source>
        <translation>已申报，其后人员有变动：请更正</translation>
    </message>
</context>
<context>
    <name>OfflineLogin</name>
    <message>
        <location filename="../../ssclient/gui/offline_session.py" line="38"/>
        <source>The agency cannot be reached, and unit %1 has not logged in online on this computer yet, so it cannot log in offline. Check the network and the agency address (Settings…), then log in online once.</source>
        <translation>无法连接经办机构，且单位 %1 尚未在本机在线登录过，因此不能离线登录。请检查网络和经办机构地址（设置…），然后先在线登录一次。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/offline_session.py" line="42"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>密码错误次数过多。请在 %1 之后重试。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/offline_session.py" line="49"/>
        <source>The password is wrong. Offline, it is checked against the last online log-in on this computer.</source>
        <translation>密码错误。离线时，密码按本机上次在线登录时的密码核对。</translation>
    </message>
</context>
<context>
    <name>PolicyFigures</name>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="20"/>
        <source>first day of the declaration window</source>
        <translation>申报期首日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="21"/>
        <source>last day of the declaration window</source>
        <translation>申报期末日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="22"/>
        <source>average wage</source>
        <translation>社会平均工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="23"/>
        <source>base floor</source>
        <translation>缴费基数下限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="24"/>
        <source>base ceiling</source>
        <translation>缴费基数上限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="25"/>
        <source>rounding mode</source>
        <translation>舍入方式</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="26"/>
        <source>rounding step</source>
        <translation>舍入单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="27"/>
        <source>employer rate</source>
        <translation>单位费率</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="28"/>
        <source>employee rate</source>
        <translation>个人费率</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="31"/>
        <source>work-injury rates by industry class</source>
        <translation>各行业类别工伤费率</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="34"/>
        <source>rural contract workers&apos; employee rate</source>
        <translation>农民合同制工人个人费率</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="35"/>
        <source>fewest back-pay months</source>
        <translation>补缴月数下限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="36"/>
        <source>most back-pay months</source>
        <translation>补缴月数上限</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="37"/>
        <source>fixed monthly charge, employer</source>
        <translation>每月固定费用（单位）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="38"/>
        <source>fixed monthly charge, employee</source>
        <translation>每月固定费用（个人）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="44"/>
        <source>Declaration window</source>
        <translation>申报期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="45"/>
        <source>Contribution base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="46"/>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="69"/>
        <source>Illustrative figures (%1 of %2):</source>
        <translation>示例数值（%2 项中的 %1 项）：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="78"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="79"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="86"/>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="90"/>
        <source>partly illustrative (%1 of %2)</source>
        <translation>部分为示例（%2 项中的 %1 项）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_figures.py" line="94"/>
        <source>illustrative, not official</source>
        <translation>示例（非官方）</translation>
    </message>
</context>
<context>
    <name>PolicySection</name>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="52"/>
        <source>Policy</source>
        <translation>缴费政策</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="64"/>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="64"/>
        <source>To</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="64"/>
        <source>Pooling area</source>
        <translation>统筹地区</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="64"/>
        <source>Table</source>
        <translation>政策表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="65"/>
        <source>Figures</source>
        <translation>数据性质</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="77"/>
        <source>Load an official table…</source>
        <translation>载入官方政策表…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="79"/>
        <source>Remove the selected table</source>
        <translation>移除所选政策表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="90"/>
        <source>A policy table is a TOML file for one pooling area, in force from a month; its format is described in %1.</source>
        <translation>政策表是一个 TOML 文件，适用于一个统筹地区，自某月起执行；文件格式见 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="120"/>
        <source>until a newer table</source>
        <translation>至新表生效为止</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="127"/>
        <source>In force in %1: %2 (%3)</source>
        <translation>%1 执行的政策：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="139"/>
        <source>%1 (sent by the agency or built in)</source>
        <translation>%1（经办机构下发或程序内置）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="147"/>
        <source>Load an official policy table</source>
        <translation>载入官方政策表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="148"/>
        <source>Policy tables (*.toml)</source>
        <translation>政策表 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="154"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="171"/>
        <source>Loaded: %1, in force from %2.</source>
        <translation>已载入：%1，自 %2 起执行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="181"/>
        <source>The table was not loaded: key %1 %2. Nothing was changed.</source>
        <translation>未载入该政策表：键 %1 %2。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="184"/>
        <source>The table was not loaded: the file %1. Nothing was changed.</source>
        <translation>未载入该政策表：文件%1。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/policy_settings.py" line="204"/>
        <source>The table was removed.</source>
        <translation>已移除该政策表。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ssclient/gui/register.py" line="63"/>
        <source>Class 1 (lowest risk): software and IT services, finance, insurance, science services, public administration, social organisations</source>
        <translation>一类（风险最低）：软件和信息技术服务业、金融业、保险业、科技推广和应用服务业、机关、社会组织</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="68"/>
        <source>Class 2: wholesale, retail, storage, post, hotels, catering, telecommunications, internet, real estate, business services, education, health</source>
        <translation>二类：批发业、零售业、仓储业、邮政业、住宿业、餐饮业、电信、互联网、房地产业、商务服务业、教育、卫生</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="73"/>
        <source>Class 3: food, drink, tobacco, textiles, electronics and instrument manufacturing, water supply, repair services, public facilities, entertainment</source>
        <translation>三类：食品、饮料、烟草、纺织、电子设备和仪器仪表制造业，水的生产和供应业，修理业，公共设施管理业，娱乐业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="78"/>
        <source>Class 4: farming, clothing, leather, printing, pharmaceuticals, rubber and plastics, metal products, machinery and vehicle manufacturing, power, heat and gas supply, rail and air transport</source>
        <translation>四类：农业、畜牧业，服装、皮革、印刷、医药、橡胶和塑料、金属制品、机械设备和汽车制造业，电力、热力和燃气供应业，铁路和航空运输业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="83"/>
        <source>Class 5: forestry, mining support, furniture, paper, building installation and decoration, road and water transport, loading and freight agency</source>
        <translation>五类：林业、开采辅助活动，家具、造纸，建筑安装和装饰业，道路和水上运输业，装卸搬运和运输代理业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="88"/>
        <source>Class 6: fishing, chemicals, non-metallic mineral products, metal smelting and rolling, house building, civil engineering</source>
        <translation>六类：渔业，化学原料和化学制品、非金属矿物制品，金属冶炼和压延加工业，房屋建筑业，土木工程建筑业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="92"/>
        <source>Class 7: oil and gas extraction, other mining, petroleum processing, coking and nuclear fuel</source>
        <translation>七类：石油和天然气开采业，其他采矿业，石油加工、炼焦和核燃料加工业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="96"/>
        <source>Class 8 (highest risk): coal mining and washing, ferrous, non-ferrous and non-metallic ore mining</source>
        <translation>八类（风险最高）：煤炭开采和洗选业，黑色金属、有色金属和非金属矿采选业</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="108"/>
        <source>Register a new unit</source>
        <translation>注册新单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="119"/>
        <source>Choose the class of the unit&apos;s main industry</source>
        <translation>请选择本单位主营行业的类别</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="161"/>
        <source>Enter the contact person.</source>
        <translation>请输入联系人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="177"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="187"/>
        <source>Choose the work-injury industry class of the unit&apos;s main industry.</source>
        <translation>请选择本单位主营行业的工伤保险行业类别。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="216"/>
        <source>Correct the fields marked in red, then register again.</source>
        <translation>请更正红色标出的字段，然后重新注册。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="244"/>
        <source>Log in with this unit code and the tax registration number as the password. You will be asked to choose a new password at the first log-in.</source>
        <translation>请使用此单位编号登录，密码为税务登记号。首次登录时需要设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="246"/>
        <source>Log in with this unit code and the password you chose.</source>
        <translation>请使用此单位编号和您设置的密码登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="276"/>
        <source>Registering…</source>
        <translation>正在注册……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/register.py" line="276"/>
        <source>Register</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../ui/register.ui" line="14"/>
        <source>Register your company with the social insurance agency. Fields marked * are required; each is checked as you type.</source>
        <translation>向社会保险经办机构注册您的单位。带 * 的为必填项；输入时即逐项校验。</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="24"/>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="30"/>
        <source>As on the business licence</source>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="43"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="49"/>
        <source>18 characters, e.g. 91110108MA01ABCD5T</source>
        <translation>18 位，例如 91110108MA01ABCD5T</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="62"/>
        <source>Tax registration number</source>
        <translation>税务登记号</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="68"/>
        <source>15, 18 or 20 characters</source>
        <translation>15、18 或 20 位</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="81"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="87"/>
        <source>Who the agency may call about declarations</source>
        <translation>经办机构就申报事宜可联系的人</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="106"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="119"/>
        <source>Work-injury industry class</source>
        <translation>工伤保险行业类别</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="126"/>
        <source>The risk class of the unit&apos;s main industry (人社部发〔2015〕71号): it sets the employer&apos;s work-injury rate.</source>
        <translation>本单位主营行业的工伤风险类别（人社部发〔2015〕71号），决定单位缴纳工伤保险的费率。</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>You then choose your own password at the first log-in.</source>
        <translation>首次登录时再设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="145"/>
        <source>Use the tax registration number as the initial password</source>
        <translation>使用税务登记号作为初始密码</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="150"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="169"/>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="204"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="209"/>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="222"/>
        <source>The unit is registered.</source>
        <translation>单位注册成功。</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Your unit code is your user name for logging in. Write it down:</source>
        <translation>单位编号就是您的登录用户名，请记下：</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="252"/>
        <source>Copy the unit code</source>
        <translation>复制单位编号</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="260"/>
        <source>Log in now</source>
        <translation>立即登录</translation>
    </message>
</context>
<context>
    <name>RetirementWindow</name>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="40"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="45"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="47"/>
        <source>Reaches retirement age in</source>
        <translation>达到退休年龄的月份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="48"/>
        <source>Retirement age</source>
        <translation>法定退休年龄</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="49"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="73"/>
        <source>People on the roster reaching statutory retirement age within</source>
        <translation>参保人员中在以下期限内达到法定退休年龄的：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="76"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="91"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="114"/>
        <source>from %1 to %2</source>
        <translation>（%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="117"/>
        <source>Insured people reaching retirement age %2: %1.</source>
        <translation>达到法定退休年龄的在保人员%2：%1 人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="119"/>
        <source>Nobody insured reaches retirement age %2.</source>
        <translation>没有在保人员达到法定退休年龄%2。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="125"/>
        <source>Ages by month of birth under the %1 (adopted %2, in force from %3). At or past this age a person cannot be newly insured or renewed.</source>
        <translation>退休年龄按出生年月确定，依据《%1》（%2 通过，%3 起施行）。达到或超过法定退休年龄的人员不能新参保或续保。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="55"/>
        <location filename="../../ssclient/gui/retirement_window.py" line="131"/>
        <source>%1 years %2 months</source>
        <translation>%1岁%2个月</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="132"/>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/retirement_window.py" line="140"/>
        <source>The roster does not say whether she is a worker or a cadre: the worker&apos;s (earlier) age is shown.</source>
        <translation>名册未登记该女职工为工人还是干部：按工人（较早）的退休年龄显示。</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <location filename="../../ssclient/gui/session_dialogs.py" line="81"/>
        <source>Choose a new password to continue. Log in again when you are ready.</source>
        <translation>需要设置新密码才能继续。准备好后请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/session_dialogs.py" line="112"/>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>SessionExpiredDialog</name>
    <message>
        <location filename="../../ssclient/gui/session_expired.py" line="32"/>
        <source>Log in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/session_expired.py" line="49"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>SessionExpiredForm</name>
    <message>
        <location filename="../../ui/session_expired.ui" line="10"/>
        <source>Your session with the agency has ended. Enter the password again to continue; your open forms stay as they are.</source>
        <translation>与经办机构的登录已失效。请再次输入密码以继续；已打开的表单保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/session_expired.ui" line="17"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ui/session_expired.ui" line="26"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/session_expired.ui" line="55"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/session_expired.ui" line="60"/>
        <source>Log in and continue</source>
        <translation>登录并继续</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="42"/>
        <source>Enter an address starting with https:// or http://, or leave it empty.</source>
        <translation>请输入以 https:// 或 http:// 开头的地址，或留空。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="44"/>
        <source>The agency address cannot contain ? or #.</source>
        <translation>经办机构地址不能包含 ? 或 #。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="61"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="68"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="69"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="81"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>更改的语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="83"/>
        <source>A new agency address applies the next time you log in.</source>
        <translation>更改的经办机构地址将在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="86"/>
        <source>Settings file: %1
Log file: %2
Data folder: %3</source>
        <translation>设置文件：%1
日志文件：%2
数据文件夹：%3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/settings.py" line="91"/>
        <source>Backups…</source>
        <translation>备份与恢复…</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings.ui" line="9"/>
        <source>Agency</source>
        <translation>经办机构</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="14"/>
        <source>Agency address</source>
        <translation>经办机构地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="20"/>
        <source>Empty: the local training agency</source>
        <translation>留空：使用培训用本地经办机构</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="27"/>
        <source>The address your agency gave you, such as https://sb.example.gov.cn. Leave it empty to practise with the local training agency, which runs on this computer only.</source>
        <translation>经办机构提供给您的地址，例如 https://sb.example.gov.cn。留空则使用仅在本机运行的培训用本地经办机构进行练习。</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="42"/>
        <location filename="../../ui/settings.ui" line="46"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="58"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Remind me a few days before the declaration window closes while something is not declared or a rejection waits</source>
        <translation>申报期结束前几天，若仍有未申报的业务或待处理的退回，提醒我</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="67"/>
        <source>Remind me on the day the payment falls due</source>
        <translation>缴费到期当天提醒我</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="90"/>
        <source>Backups…</source>
        <translation>备份与恢复…</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="146"/>
        <source>Local training agency at %1</source>
        <translation>培训用本地经办机构：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="149"/>
        <source>Training agency at %1</source>
        <translation>培训用经办机构：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="151"/>
        <source>Agency: %1 (%2)</source>
        <translation>经办机构：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="202"/>
        <source>Online again: documents waiting in the outbox are being sent.</source>
        <translation>已恢复在线：待发送的单据正在发送。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="213"/>
        <source>Opening…</source>
        <translation>正在打开……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/shell.py" line="237"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ssclient/gui/status.py" line="49"/>
        <source>Declaration window open until the %1 — today is the last day</source>
        <translation>申报期开放至 %2 日 — 今天是最后一天</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="53"/>
        <source>Declaration window open until the %1, %3 days left</source>
        <translation>申报期开放至 %2 日，还剩 %3 天</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="56"/>
        <source>Declaration window closed until the %1</source>
        <translation>申报期已关闭，%2 日起开放</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="74"/>
        <location filename="../../ssclient/gui/status.py" line="124"/>
        <source>Training agency (local)</source>
        <translation>培训用本地经办机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="82"/>
        <source>This agency runs on this computer for practice. Nothing declared here reaches the real agency.</source>
        <translation>此经办机构仅在本机运行，供练习使用。在此申报的任何内容都不会提交到真实的经办机构。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="90"/>
        <source>Illustrative policy (not official)</source>
        <translation>示例政策（非官方）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="122"/>
        <source>Training agency</source>
        <translation>培训用经办机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="135"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="141"/>
        <source>Agency: connecting…</source>
        <translation>经办机构：正在连接……</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="143"/>
        <source>Agency: connected</source>
        <translation>经办机构：已连接</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="145"/>
        <source>Agency: cannot be reached</source>
        <translation>经办机构：无法连接</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="148"/>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="157"/>
        <source>Logged in offline: declared documents wait in the outbox and are sent once the agency answers.</source>
        <translation>已离线登录：申报的单据在待发送队列中等待，经办机构恢复连接后发送。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="165"/>
        <source>Current period: %1</source>
        <translation>当前所属期：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="176"/>
        <source>%1: some of its figures come from no official document. Load your city&apos;s official table in System → Settings → Policy before declaring for real.</source>
        <translation>%1：其中部分数据没有官方文件依据。正式申报前，请在“系统 → 设置 → 缴费政策”中载入本市的官方政策表。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="182"/>
        <source>Waiting to be sent: %1</source>
        <translation>待发送：%1 份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/status.py" line="186"/>
        <source>Nothing waiting to be sent</source>
        <translation>没有待发送的单据</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ssclient/gui/workers.py" line="272"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../ssclient/gui/training.py" line="31"/>
        <source>Training agency: nothing you declare here reaches the real social insurance agency.</source>
        <translation>培训用经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/training.py" line="42"/>
        <source>TRAINING</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>UnitInfoDialog</name>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="25"/>
        <source>Unit information</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="38"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="40"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="83"/>
        <source>Enter the contact person.</source>
        <translation>请输入联系人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="114"/>
        <source>Saved at the agency. Payments computed from now on use industry class %1.</source>
        <translation>已保存到经办机构。此后计算的费款按第 %1 类行业计算。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unit_info.py" line="116"/>
        <source>Saved at the agency.</source>
        <translation>已保存到经办机构。</translation>
    </message>
</context>
<context>
    <name>UnitInfoForm</name>
    <message>
        <location filename="../../ui/unit_info.ui" line="11"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="20"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="28"/>
        <source>Tax registration number</source>
        <translation>税务登记号</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="36"/>
        <source>Work-injury industry class</source>
        <translation>工伤保险行业类别</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="43"/>
        <source>Declare another class</source>
        <translation>申报变更行业类别</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="55"/>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="74"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="86"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/unit_info.ui" line="101"/>
        <source>The credit code and the tax registration number cannot be changed here; ask the agency. A new work-injury industry class applies to every payment computed after it is saved.</source>
        <translation>统一社会信用代码和税务登记号不能在此修改，请联系经办机构。变更后的工伤保险行业类别适用于保存之后计算的每一笔费款。</translation>
    </message>
</context>
<context>
    <name>UnitList</name>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="45"/>
        <source>Units used on this computer</source>
        <translation>本机使用过的单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="52"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="52"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="52"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="59"/>
        <source>No unit has logged in on this computer yet: type its unit code below to add it.</source>
        <translation>本机尚无单位登录过：在下方输入单位编号并登录即可添加。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="64"/>
        <source>Remove unit…</source>
        <translation>移除单位…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="67"/>
        <source>Month board…</source>
        <translation>月度看板…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="69"/>
        <source>This month of every unit on this computer</source>
        <translation>本机全部单位的本月情况</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/unit_list.py" line="107"/>
        <source>(not logged in yet)</source>
        <translation>（尚未登录）</translation>
    </message>
</context>
<context>
    <name>UnitsController</name>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="65"/>
        <source>Remove unit</source>
        <translation>移除单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="72"/>
        <source>Remove %1 (unit code %2) from this computer?

A backup of its data is made first, and you are told where it is. Then its data file, its backups and its offline log-in are deleted from this computer. Nothing changes at the agency: log in with the unit code to add it again.</source>
        <translation>从本机移除 %1（单位编号 %2）？

移除前先备份其数据，并告诉您备份保存的位置。随后从本机删除其数据文件、备份和离线登录信息。经办机构处的数据不受影响：用该单位编号登录即可重新添加。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="79"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="96"/>
        <source>Removing the unit…</source>
        <translation>正在移除单位…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="124"/>
        <source>Unit %1 was removed from this computer. A backup of its data is kept in %2.</source>
        <translation>单位 %1 已从本机移除。其数据的备份保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="126"/>
        <source>Unit %1 was removed from this computer.</source>
        <translation>单位 %1 已从本机移除。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="171"/>
        <source>Switch unit</source>
        <translation>切换单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="173"/>
        <source>You are logged in to unit %1. Log out and log in to unit %2?</source>
        <translation>当前已登录单位 %1。是否退出登录并登录单位 %2？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/units/controller.py" line="179"/>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ssclient/gui/unsaved.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/unsaved.py" line="30"/>
        <source>This document has changes that are not saved. Close it and lose them?</source>
        <translation>此单据有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
</context>
</TS>
