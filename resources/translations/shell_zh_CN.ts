<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../ssclient/gui/password.py" line="34" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/password.py" line="51" />
      <source>Choose a new password</source>
      <translation>设置新密码</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/password.py" line="54" />
      <source>You logged in with the initial password. Choose your own password before you continue: at least 8 characters, with letters and digits, not the tax registration number.</source>
      <translation>您使用初始密码登录。继续之前请设置您自己的密码：至少 8 位，须同时包含字母和数字，且不能是税务登记号。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/password.py" line="58" />
      <source>Log out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/password.py" line="76" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/password.py" line="90" />
      <source>Enter the current password.</source>
      <translation>请输入当前密码。</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordForm</name>
    <message>
      <location filename="../../ui/change_password.ui" line="10" />
      <source>Choose a new password: at least 8 characters, with letters and digits, not the tax registration number.</source>
      <translation>请设置新密码：至少 8 位，须同时包含字母和数字，且不能是税务登记号。</translation>
    </message>
    <message>
      <location filename="../../ui/change_password.ui" line="19" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../ui/change_password.ui" line="32" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../ui/change_password.ui" line="52" />
      <source>Repeat the new password</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <location filename="../../ui/change_password.ui" line="88" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/change_password.ui" line="93" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="56" />
      <source>The agency cannot be reached. Check the network connection and the agency address in the settings (the Settings… button of the log-in window; System → Settings once logged in), then try again.</source>
      <translation>无法连接经办机构。请检查网络连接和设置中的经办机构地址（登录窗口的“设置……”按钮；登录后为“系统 → 设置”），然后重试。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="85" />
      <source>The agency refused the request.</source>
      <translation>经办机构拒绝了该请求。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="90" />
      <source>The unit code or the password is wrong.</source>
      <translation>单位编号或密码错误。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="91" />
      <source>The current password is wrong.</source>
      <translation>当前密码错误。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="92" />
      <source>A unit with this unified social credit code is already registered.</source>
      <translation>该统一社会信用代码的单位已经注册。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="95" />
      <location filename="../../ssclient/gui/errors.py" line="96" />
      <source>Your session has ended. Log in again.</source>
      <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="97" />
      <source>Change the initial password first.</source>
      <translation>请先修改初始密码。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="107" />
      <source>Too many wrong passwords: this unit is locked until %1 (Beijing time). Try again then.</source>
      <translation>密码错误次数过多：本单位已被锁定至 %1（北京时间），届时请再试。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="110" />
      <source>Too many wrong passwords: this unit is locked for a while. Try again later.</source>
      <translation>密码错误次数过多：本单位已被暂时锁定，请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="118" />
      <source>Something went wrong inside the program. Your saved work is safe. The details were written to the log file:
{path}</source>
      <translation>程序内部出现错误。您已保存的数据不受影响。详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/errors.py" line="150" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="359" />
      <source>What would you like to do?</source>
      <translation>您要办理什么业务？</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="364" />
      <source>Fill in a form, save it to the draft box, then Check and Declare it there. The agency's answer appears as soon as it arrives.</source>
      <translation>填写表单并保存到草稿箱，然后在草稿箱中校验并申报。经办机构的审核结果一到即会显示。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="375" />
      <source>New employees joining social insurance</source>
      <translation>新参加社会保险的职工</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="376" />
      <source>Employees coming back after an interruption</source>
      <translation>中断后恢复参保的职工</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="377" />
      <source>Employees leaving or pausing their insurance</source>
      <translation>离职或暂停参保的职工</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="378" />
      <source>Check and declare your saved drafts</source>
      <translation>校验并申报已保存的草稿</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ssclient/gui/login.py" line="49" />
      <source>Log in — Social insurance online declaration</source>
      <translation>登录 — 社会保险网上申报</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="59" />
      <source>Checking whether this computer has a secure keyring…</source>
      <translation>正在检查本机是否有安全的密钥环……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="75" />
      <location filename="../../ssclient/gui/login.py" line="183" />
      <source>Training agency (local): nothing you declare here reaches the real social insurance agency.</source>
      <translation>培训用本地经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="86" />
      <source>Social insurance online declaration</source>
      <translation>社会保险网上申报</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="101" />
      <source>The code you received at registration, e.g. 170000001</source>
      <translation>注册时获得的编号，例如 170000001</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="106" />
      <source>Remember password</source>
      <translation>记住密码</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="114" />
      <source>Unit code</source>
      <translation>单位编号</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="115" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="128" />
      <source>Register a new unit…</source>
      <translation>注册新单位……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="130" />
      <source>Settings…</source>
      <translation>设置……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="166" />
      <source>Connecting to the agency at %1…</source>
      <translation>正在连接经办机构 %1……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="169" />
      <source>Starting the local training agency…</source>
      <translation>正在启动培训用本地经办机构……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="180" />
      <source>Training agency: nothing you declare here reaches the real social insurance agency.</source>
      <translation>培训用经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="190" />
      <source>No agency: %1</source>
      <translation>没有可用的经办机构：%1</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="199" />
      <source>Enter the unit code: the code you received when the unit was registered.</source>
      <translation>请输入单位编号：即单位注册时获得的编号。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="204" />
      <source>Enter the password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="290" />
      <source>This computer has no secure keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
      <translation>本机没有安全的密钥环（如 GNOME 密钥环、KWallet 或 Windows 凭据管理器），因此无法安全地记住密码。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="310" />
      <source>Logging in…</source>
      <translation>正在登录……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/login.py" line="132" />
      <location filename="../../ssclient/gui/login.py" line="310" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="94" />
      <source>&amp;Business</source>
      <translation>业务办理(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="99" />
      <source>Add personnel</source>
      <translation>新增参保</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="107" />
      <source>Renew personnel</source>
      <translation>续保</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="114" />
      <source>Interrupt personnel</source>
      <translation>停保</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="120" />
      <source>My &amp;documents</source>
      <translation>我的单据(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="125" />
      <source>&amp;Query</source>
      <translation>查询(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="129" />
      <source>&amp;System</source>
      <translation>系统(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="132" />
      <source>Unit information</source>
      <translation>单位信息</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="135" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="137" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="139" />
      <source>Log out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="140" />
      <source>Exit</source>
      <translation>退出程序</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="145" />
      <source>Draft box</source>
      <translation>草稿箱</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="146" />
      <source>Submitted</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="147" />
      <source>Approved</source>
      <translation>审核通过</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="148" />
      <source>Rejected</source>
      <translation>审核未通过</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="159" />
      <source>Contribution base</source>
      <translation>缴费工资申报</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="166" />
      <source>Payment declaration</source>
      <translation>费款申报</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="172" />
      <location filename="../../ssclient/gui/main_window.py" line="296" />
      <source>Declaration records</source>
      <translation>申报记录查询</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="173" />
      <location filename="../../ssclient/gui/main_window.py" line="308" />
      <source>Payment details</source>
      <translation>缴费明细查询</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="174" />
      <location filename="../../ssclient/gui/main_window.py" line="316" />
      <source>Insured roster</source>
      <translation>参保人员查询</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="177" />
      <source>Frequent actions</source>
      <translation>常用操作</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="327" />
      <source>Social insurance online declaration</source>
      <translation>社会保险网上申报</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/main_window.py" line="332" />
      <source>TRAINING</source>
      <translation>培训</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message>
      <location filename="../../ssclient/gui/register.py" line="54" />
      <source>Register a new unit</source>
      <translation>注册新单位</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="90" />
      <source>Enter the contact person.</source>
      <translation>请输入联系人。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="100" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="130" />
      <source>Correct the fields marked in red, then register again.</source>
      <translation>请更正红色标出的字段，然后重新注册。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="154" />
      <source>Log in with this unit code and the tax registration number as the password. You will be asked to choose a new password at the first log-in.</source>
      <translation>请使用此单位编号登录，密码为税务登记号。首次登录时需要设置新密码。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="158" />
      <source>Log in with this unit code and the password you chose.</source>
      <translation>请使用此单位编号和您设置的密码登录。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="179" />
      <source>Registering…</source>
      <translation>正在注册……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/register.py" line="179" />
      <source>Register</source>
      <translation>注册</translation>
    </message>
  </context>
  <context>
    <name>RegisterForm</name>
    <message>
      <location filename="../../ui/register.ui" line="14" />
      <source>Register your company with the social insurance agency. Fields marked * are required; each is checked as you type.</source>
      <translation>向社会保险经办机构注册您的单位。带 * 的为必填项；输入时即逐项校验。</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="24" />
      <source>Company name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="30" />
      <source>As on the business licence</source>
      <translation>与营业执照一致</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="43" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="49" />
      <source>18 characters, e.g. 91110108MA01ABCD5T</source>
      <translation>18 位，例如 91110108MA01ABCD5T</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="62" />
      <source>Tax registration number</source>
      <translation>税务登记号</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="68" />
      <source>15, 18 or 20 characters</source>
      <translation>15、18 或 20 位</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="81" />
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="87" />
      <source>Who the agency may call about declarations</source>
      <translation>经办机构就申报事宜可联系的人</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="100" />
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="106" />
      <source>Optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="119" />
      <source>You then choose your own password at the first log-in.</source>
      <translation>首次登录时再设置您自己的密码。</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="126" />
      <source>Use the tax registration number as the initial password</source>
      <translation>使用税务登记号作为初始密码</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="131" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="150" />
      <source>Repeat the password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="185" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="190" />
      <source>Register</source>
      <translation>注册</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="203" />
      <source>The unit is registered.</source>
      <translation>单位注册成功。</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="209" />
      <source>Your unit code is your user name for logging in. Write it down:</source>
      <translation>单位编号就是您的登录用户名，请记下：</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="233" />
      <source>Copy the unit code</source>
      <translation>复制单位编号</translation>
    </message>
    <message>
      <location filename="../../ui/register.ui" line="241" />
      <source>Log in now</source>
      <translation>立即登录</translation>
    </message>
  </context>
  <context>
    <name>SessionExpiredDialog</name>
    <message>
      <location filename="../../ssclient/gui/session_expired.py" line="21" />
      <source>Log in again</source>
      <translation>重新登录</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/session_expired.py" line="34" />
      <source>Enter the password.</source>
      <translation>请输入密码。</translation>
    </message>
  </context>
  <context>
    <name>SessionExpiredForm</name>
    <message>
      <location filename="../../ui/session_expired.ui" line="10" />
      <source>Your session with the agency has ended. Enter the password again to continue; your open forms stay as they are.</source>
      <translation>与经办机构的登录已失效。请再次输入密码以继续；已打开的表单保持不变。</translation>
    </message>
    <message>
      <location filename="../../ui/session_expired.ui" line="17" />
      <source>Unit code</source>
      <translation>单位编号</translation>
    </message>
    <message>
      <location filename="../../ui/session_expired.ui" line="26" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../ui/session_expired.ui" line="55" />
      <source>Log out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <location filename="../../ui/session_expired.ui" line="60" />
      <source>Log in and continue</source>
      <translation>登录并继续</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="25" />
      <source>Enter an address starting with https:// or http://, or leave it empty.</source>
      <translation>请输入以 https:// 或 http:// 开头的地址，或留空。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="29" />
      <source>The agency address cannot contain ? or #.</source>
      <translation>经办机构地址不能包含 ? 或 #。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="45" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="52" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="53" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="60" />
      <source>A new language applies the next time the program starts.</source>
      <translation>更改的语言将在下次启动程序时生效。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="62" />
      <source>A new agency address applies the next time you log in.</source>
      <translation>更改的经办机构地址将在下次登录时生效。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/settings.py" line="65" />
      <source>Settings file: %1
Log file: %2
Data folder: %3</source>
      <translation>设置文件：%1
日志文件：%2
数据文件夹：%3</translation>
    </message>
  </context>
  <context>
    <name>SettingsForm</name>
    <message>
      <location filename="../../ui/settings.ui" line="9" />
      <source>Agency</source>
      <translation>经办机构</translation>
    </message>
    <message>
      <location filename="../../ui/settings.ui" line="14" />
      <source>Agency address</source>
      <translation>经办机构地址</translation>
    </message>
    <message>
      <location filename="../../ui/settings.ui" line="20" />
      <source>Empty: the local training agency</source>
      <translation>留空：使用培训用本地经办机构</translation>
    </message>
    <message>
      <location filename="../../ui/settings.ui" line="27" />
      <source>The address your agency gave you, such as https://sb.example.gov.cn. Leave it empty to practise with the local training agency, which runs on this computer only.</source>
      <translation>经办机构提供给您的地址，例如 https://sb.example.gov.cn。留空则使用仅在本机运行的培训用本地经办机构进行练习。</translation>
    </message>
    <message>
      <location filename="../../ui/settings.ui" line="42" />
      <location filename="../../ui/settings.ui" line="46" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="139" />
      <source>Local training agency at %1</source>
      <translation>培训用本地经办机构：%1</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="142" />
      <source>Training agency at %1</source>
      <translation>培训用经办机构：%1</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="148" />
      <source>Agency: %1 (%2)</source>
      <translation>经办机构：%1（%2）</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="228" />
      <source>Choose a new password to continue. Log in again when you are ready.</source>
      <translation>需要设置新密码才能继续。准备好后请重新登录。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="235" />
      <source>Opening…</source>
      <translation>正在打开……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/shell.py" line="322" />
      <source>The password was changed.</source>
      <translation>密码已修改。</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../ssclient/gui/status.py" line="40" />
      <source>Declaration window open until the %1 — today is the last day</source>
      <translation>申报期开放至 %2 日 — 今天是最后一天</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="44" />
      <source>Declaration window open until the %1, %3 days left</source>
      <translation>申报期开放至 %2 日，还剩 %3 天</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="49" />
      <source>Declaration window closed until the %1</source>
      <translation>申报期已关闭，%2 日起开放</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="64" />
      <location filename="../../ssclient/gui/status.py" line="107" />
      <source>Training agency (local)</source>
      <translation>培训用本地经办机构</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="68" />
      <source>This agency runs on this computer for practice. Nothing declared here reaches the real agency.</source>
      <translation>此经办机构仅在本机运行，供练习使用。在此申报的任何内容都不会提交到真实的经办机构。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="105" />
      <source>Training agency</source>
      <translation>培训用经办机构</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="117" />
      <source>Unit: %1</source>
      <translation>单位：%1</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="122" />
      <source>Agency: connecting…</source>
      <translation>经办机构：正在连接……</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="124" />
      <source>Agency: connected</source>
      <translation>经办机构：已连接</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="126" />
      <source>Agency: cannot be reached</source>
      <translation>经办机构：无法连接</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="138" />
      <source>Current period: %1</source>
      <translation>当前所属期：%1</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="144" />
      <source>Waiting to be sent: %1</source>
      <translation>待发送：%1 份</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/status.py" line="148" />
      <source>Nothing waiting to be sent</source>
      <translation>没有待发送的单据</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../ssclient/gui/workers.py" line="210" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>UnitInfoDialog</name>
    <message>
      <location filename="../../ssclient/gui/unit_info.py" line="21" />
      <source>Unit information</source>
      <translation>单位信息</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/unit_info.py" line="31" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/unit_info.py" line="32" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/unit_info.py" line="71" />
      <source>Enter the contact person.</source>
      <translation>请输入联系人。</translation>
    </message>
    <message>
      <location filename="../../ssclient/gui/unit_info.py" line="88" />
      <source>Saved at the agency.</source>
      <translation>已保存到经办机构。</translation>
    </message>
  </context>
  <context>
    <name>UnitInfoForm</name>
    <message>
      <location filename="../../ui/unit_info.ui" line="11" />
      <source>Unit code</source>
      <translation>单位编号</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="20" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="28" />
      <source>Tax registration number</source>
      <translation>税务登记号</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="36" />
      <source>Work-injury industry class</source>
      <translation>工伤保险行业类别</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="43" />
      <source>Company name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="62" />
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="74" />
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../ui/unit_info.ui" line="89" />
      <source>The credit code and the tax registration number cannot be changed here; ask the agency.</source>
      <translation>统一社会信用代码和税务登记号不能在此修改，请联系经办机构。</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
        <source>Training agency: nothing you declare here reaches the real social insurance agency.</source>
        <translation>培训用经办机构：在此申报的任何内容都不会提交到真实的社会保险经办机构。</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>培训</translation>
    </message>
  </context>
</TS>
