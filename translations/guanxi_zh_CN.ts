<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessStore</name>
    <message>
        <source>Could not read what the role may do.</source>
        <translation>无法读取该角色的权限。</translation>
    </message>
    <message>
        <source>Could not read the team member.</source>
        <translation>无法读取该团队成员。</translation>
    </message>
    <message>
        <source>There is no team member with number %1.</source>
        <translation>不存在编号为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>This team member has been deactivated and can no longer work in this file.</source>
        <translation>该团队成员已被停用，不能再使用此文件。</translation>
    </message>
    <message>
        <source>Could not read the team member&apos;s team.</source>
        <translation>无法读取该团队成员所属的团队。</translation>
    </message>
    <message>
        <source>Only an administrator can change what roles may do.</source>
        <translation>只有管理员才能更改角色的权限。</translation>
    </message>
    <message>
        <source>Administrators can always do everything; their permissions cannot be changed.</source>
        <translation>管理员始终拥有全部权限，其权限无法更改。</translation>
    </message>
    <message>
        <source>Could not save what the role may do.</source>
        <translation>无法保存该角色的权限。</translation>
    </message>
</context>
<context>
    <name>AnalyticsStore</name>
    <message>
        <source>Could not sum up the purchases.</source>
        <translation>无法汇总购买记录。</translation>
    </message>
    <message>
        <source>Could not count the customers.</source>
        <translation>无法统计客户数量。</translation>
    </message>
</context>
<context>
    <name>AssignmentRuleStore</name>
    <message>
        <source>Could not read the assignment rules.</source>
        <translation>无法读取分配规则。</translation>
    </message>
    <message>
        <source>Give the rule a name, e.g. “上海 manufacturing”.</source>
        <translation>请为规则命名，例如“上海制造业”。</translation>
    </message>
    <message>
        <source>Say who gets the leads: one person, or a team.</source>
        <translation>请指定由谁接收线索：一个人，或一个团队。</translation>
    </message>
    <message>
        <source>“To one person” needs exactly one person; for several, use round robin or least loaded.</source>
        <translation>“分给一个人”只能选择一个人；如需分给多人，请选择团队内轮流分配，或分给在手线索最少的人。</translation>
    </message>
    <message>
        <source>Could not save the rule “%1”.</source>
        <translation>无法保存规则“%1”。</translation>
    </message>
    <message>
        <source>Could not remove the rule.</source>
        <translation>无法删除该规则。</translation>
    </message>
    <message>
        <source>Could not update the rule.</source>
        <translation>无法更新该规则。</translation>
    </message>
    <message>
        <source>Could not count open leads.</source>
        <translation>无法统计在手线索数量。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>更改团队</translation>
    </message>
    <message>
        <source>Permissions changed</source>
        <translation>更改权限</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>Phone number revealed</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Earlier value restored</source>
        <translation>恢复为先前的值</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Could not record the event in the audit trail.</source>
        <translation>无法将此事件记入审计日志。</translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>无法读取审计日志。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>无法删除“%1”。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>“%1” cannot be opened as a database.</source>
        <translation>“%1”无法作为数据库打开。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database.</source>
        <translation>“%1”无法作为数据库读取。</translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi file.</source>
        <translation>“%1”不是 Guanxi 文件。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Guanxi (schema %2; this one knows %3). Update Guanxi to restore it.</source>
        <translation>“%1”由更新版本的 Guanxi 写入（数据版本 %2；当前版本最高支持 %3）。请升级 Guanxi 后再恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check failed.</source>
        <translation>“%1”已损坏：未通过 SQLite 完整性检查。</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2. Choose another folder.</source>
        <translation>无法写入备份“%1”：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>无法写入备份“%1”。</translation>
    </message>
    <message>
        <source>Could not start the backup to “%1”.</source>
        <translation>无法开始备份到“%1”。</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The backup to “%1” failed: %2</source>
        <translation>备份到“%1”失败：%2</translation>
    </message>
    <message>
        <source>The backup written to “%1” did not pass its check, so it was removed: %2</source>
        <translation>写入“%1”的备份未通过检查，已将其删除：%2</translation>
    </message>
    <message>
        <source>Could not put the backup in place at “%1”. Choose another name.</source>
        <translation>无法将备份放到“%1”。请另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”. Choose another one in Settings.</source>
        <translation>无法创建备份文件夹“%1”。请在“设置”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>There is no backup file “%1”.</source>
        <translation>备份文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is the database itself; choose a backup file.</source>
        <translation>“%1”是数据库本身，请选择一个备份文件。</translation>
    </message>
    <message>
        <source>Could not copy the backup next to “%1”. Check the free space and try again.</source>
        <translation>无法将备份复制到“%1”所在的文件夹。请检查可用空间后重试。</translation>
    </message>
    <message>
        <source>Could not move the current file “%1” aside; nothing was changed.</source>
        <translation>无法将当前文件“%1”移开；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not put the backup in place of “%1”; the current file was kept.</source>
        <translation>无法用备份替换“%1”；当前文件保持不变。</translation>
    </message>
    <message>
        <source>Cannot open “%1” to replace it.</source>
        <translation>无法打开“%1”以替换它。</translation>
    </message>
    <message>
        <source>“%1” is open in another Guanxi window or program. Close it there, then restore again.</source>
        <translation>“%1”正在另一个 Guanxi 窗口或程序中打开。请先在那里关闭，然后重新恢复。</translation>
    </message>
    <message>
        <source>Could not read “%1” to back it up.</source>
        <translation>无法读取“%1”来备份。</translation>
    </message>
    <message>
        <source>A restore into “%1” was interrupted before it replaced the file; the file was kept as it was and the unfinished copy of the backup removed.</source>
        <translation>恢复到“%1”的操作在替换文件之前中断了；文件保持原样，未完成的备份副本已删除。</translation>
    </message>
    <message>
        <source>A restore into “%1” was interrupted half-way; Guanxi finished it. The file it replaced is kept beside it as %2.before-restore-….</source>
        <translation>恢复到“%1”的操作中途中断了，Guanxi 已将其完成。被替换的文件保留在旁边，名为 %2.before-restore-…。</translation>
    </message>
    <message>
        <source>The copy written to “%1” did not pass its check, so it was removed: %2</source>
        <translation>写入“%1”的副本未通过检查，已将其删除：%2</translation>
    </message>
    <message>
        <source>Cannot make a private temporary folder to check “%1”: %2.</source>
        <translation>无法创建用于检查“%1”的私有临时文件夹：%2。</translation>
    </message>
    <message>
        <source>Cannot make a private temporary file to check “%1”: %2.</source>
        <translation>无法创建用于检查“%1”的私有临时文件：%2。</translation>
    </message>
</context>
<context>
    <name>BackupCrypto</name>
    <message>
        <source>There was not enough memory to work out the key from the passphrase. Close other programs and try again.</source>
        <translation>内存不足，无法由口令计算出密钥。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>“%1” was encrypted by a newer Guanxi. Update Guanxi to restore it.</source>
        <translation>“%1”由更新版本的 Guanxi 加密。请升级 Guanxi 后再恢复。</translation>
    </message>
    <message>
        <source>Encrypted backups cannot be read: libsodium did not start.</source>
        <translation>无法读取加密备份：libsodium 未能启动。</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation>无法读取备份“%1”：%2。</translation>
    </message>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>备份口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (“%1”). Type it again; nothing was changed.</source>
        <translation>此口令无法打开该备份（“%1”）。请重新输入；未做任何更改。</translation>
    </message>
    <message>
        <source>This backup (“%1”) was changed or damaged after it was written; it cannot be restored. Nothing was changed; choose another backup.</source>
        <translation>此备份（“%1”）在写入后被更改或已损坏，无法恢复。未做任何更改；请选择其他备份。</translation>
    </message>
    <message>
        <source>The backup “%1” is encrypted; give its passphrase to check or restore it.</source>
        <translation>备份“%1”已加密；请提供其口令，以便检查或恢复。</translation>
    </message>
    <message>
        <source>The backup cannot be encrypted: libsodium did not start.</source>
        <translation>无法加密备份：libsodium 未能启动。</translation>
    </message>
    <message>
        <source>Cannot read “%1” to encrypt it: %2.</source>
        <translation>无法读取“%1”以进行加密：%2。</translation>
    </message>
    <message>
        <source>Cannot write the encrypted backup “%1”. Check the free space, or choose another folder.</source>
        <translation>无法写入加密备份“%1”。请检查可用空间，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the decrypted backup beside “%1”: %2. Check the free space.</source>
        <translation>无法在“%1”旁写入解密后的备份：%2。请检查可用空间。</translation>
    </message>
    <message>
        <source>Cannot write the decrypted backup: %1. Check the free space.</source>
        <translation>无法写入解密后的备份：%1。请检查可用空间。</translation>
    </message>
</context>
<context>
    <name>BackupEncryption</name>
    <message>
        <source>Encrypted Automatic Backups</source>
        <translation>加密自动备份</translation>
    </message>
    <message>
        <source>The daily backups are to be encrypted. Type the passphrase for them; Guanxi keeps it in memory until it is closed and asks again the next time.</source>
        <translation>每日备份将被加密。请输入备份口令；Guanxi 只将其保存在内存中，直到程序关闭，下次启动时会再次询问。</translation>
    </message>
</context>
<context>
    <name>ChangeLogStore</name>
    <message>
        <source>Could not record the change in the history.</source>
        <translation>无法将此更改记入历史记录。</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>无法读取历史记录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 changed this lead while you were editing</source>
        <translation>在您编辑期间，%1 修改了这条线索</translation>
    </message>
    <message>
        <source>%1 changed this lead at %2 while you were editing</source>
        <translation>在您编辑期间，%1 于 %2 修改了这条线索</translation>
    </message>
    <message>
        <source>%1 changed this deal while you were editing</source>
        <translation>在您编辑期间，%1 修改了这个商机</translation>
    </message>
    <message>
        <source>%1 changed this deal at %2 while you were editing</source>
        <translation>在您编辑期间，%1 于 %2 修改了这个商机</translation>
    </message>
    <message>
        <source>%1 changed this order while you were editing</source>
        <translation>在您编辑期间，%1 修改了这张订单</translation>
    </message>
    <message>
        <source>%1 changed this order at %2 while you were editing</source>
        <translation>在您编辑期间，%1 于 %2 修改了这张订单</translation>
    </message>
    <message>
        <source>%1 changed this customer while you were editing</source>
        <translation>在您编辑期间，%1 修改了这位客户</translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 while you were editing</source>
        <translation>在您编辑期间，%1 于 %2 修改了这位客户</translation>
    </message>
    <message>
        <source>Your changes were not saved. Reload to see theirs, or save again to overwrite them.</source>
        <translation>您的修改没有保存。请重新加载查看对方的修改，或再次保存以覆盖它们。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Website form</source>
        <translation>官网表单</translation>
    </message>
    <message>
        <source>Social / WeChat</source>
        <translation>社交媒体 / 微信</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Third-party list</source>
        <translation>第三方名单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Could not read the source channels.</source>
        <translation>无法读取来源渠道。</translation>
    </message>
    <message>
        <source>Enter a name for the source channel.</source>
        <translation>请输入来源渠道的名称。</translation>
    </message>
    <message>
        <source>A source channel named “%1” exists already.</source>
        <translation>已存在名为“%1”的来源渠道。</translation>
    </message>
    <message>
        <source>Could not add the source channel.</source>
        <translation>无法添加来源渠道。</translation>
    </message>
    <message>
        <source>Could not rename the source channel.</source>
        <translation>无法重命名来源渠道。</translation>
    </message>
    <message>
        <source>Could not change the source channel.</source>
        <translation>无法修改来源渠道。</translation>
    </message>
    <message>
        <source>There is no source channel “%1”. Known channels: %2.</source>
        <translation>没有名为“%1”的来源渠道。现有渠道：%2。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Folder for dated, rotating backups.</source>
        <translation>存放按日期轮换备份的文件夹。</translation>
    </message>
    <message>
        <source>How many dated backups to keep (default 7).</source>
        <translation>保留多少份按日期的备份（默认 7）。</translation>
    </message>
    <message>
        <source>List the backups in --folder.</source>
        <translation>列出 --folder 中的备份。</translation>
    </message>
    <message>
        <source>backup --list needs --folder DIR.</source>
        <translation>backup --list 需要 --folder 目录。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation>写入时间（UTC）</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>backup needs either a FILE or --folder DIR.</source>
        <translation>backup 需要一个文件，或 --folder 目录。</translation>
    </message>
    <message>
        <source>--keep wants a number from 1.</source>
        <translation>--keep 需要不小于 1 的数字。</translation>
    </message>
    <message>
        <source>restore needs the backup file.</source>
        <translation>restore 需要备份文件。</translation>
    </message>
    <message>
        <source>Restored %1 to %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>Restored %1 to %2; the previous file is %3.</source>
        <translation>已将 %1 恢复到 %2；原来的文件在 %3。</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default: table). Table headers and messages follow the system language (LC_ALL=C for English); CSV and JSON keys never change.</source>
        <translation>输出格式：table、csv 或 json（默认：table）。表头和提示信息跟随系统语言（LC_ALL=C 为英文）；CSV 和 JSON 的键名始终不变。</translation>
    </message>
    <message>
        <source>When another program is writing to the file, wait up to this many seconds for it (default 5).</source>
        <translation>另一个程序正在写入文件时，最多等待这么多秒（默认 5）。</translation>
    </message>
    <message>
        <source>Open the file for reading only (for a damaged file: see what can be read).</source>
        <translation>以只读方式打开文件（用于损坏的文件：查看还能读出什么）。</translation>
    </message>
    <message>
        <source>Pretend the time is this ISO 8601 date-time (for replaying scripts).</source>
        <translation>假定当前时间为此 ISO 8601 日期时间（用于重放脚本）。</translation>
    </message>
    <message>
        <source>unknown --format “%1”; use table, csv or json.</source>
        <translation>未知的 --format“%1”；请使用 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--wait “%1” is not a number of seconds from 0 to 86400.</source>
        <translation>--wait“%1”不是 0 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>--now “%1” is not a date-time; write it like 2026-11-22T09:30:00.</source>
        <translation>--now“%1”不是日期时间；请写成 2026-11-22T09:30:00 这样。</translation>
    </message>
    <message>
        <source>Run “guanxi-cli --help” for usage.</source>
        <translation>运行“guanxi-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>“%1” is not a customer number.</source>
        <translation>“%1”不是客户编号。</translation>
    </message>
    <message>
        <source>name at least one customer number.</source>
        <translation>请至少给出一个客户编号。</translation>
    </message>
    <message>
        <source>--stage must be lead, prospect, customer, loyal or churned.</source>
        <translation>--stage 必须是 lead、prospect、customer、loyal 或 churned。</translation>
    </message>
    <message>
        <source>--sort “%1” is not a column.</source>
        <translation>--sort“%1”不是列名。</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit 需要整数。</translation>
    </message>
    <message>
        <source>--offset needs a whole number.</source>
        <translation>--offset 需要整数。</translation>
    </message>
    <message>
        <source>--kind must be person or company.</source>
        <translation>--kind 必须是 person 或 company。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date; write it like 2026-03-31.</source>
        <translation>--%1“%2”不是日期；请写成 2026-03-31 这样。</translation>
    </message>
    <message>
        <source>there is no company named “%1”; add it first with “customers add --kind company --name …”.</source>
        <translation>没有名为“%1”的公司；请先用“customers add --kind company --name …”添加。</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Purchases (minor units)</source>
        <translation>购买金额（分）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>In trash since</source>
        <translation>移入回收站时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Name (add).</source>
        <translation>名称（add）。</translation>
    </message>
    <message>
        <source>person or company (add; default person).</source>
        <translation>person 或 company（add；默认 person）。</translation>
    </message>
    <message>
        <source>The person&apos;s company, by exact name (add).</source>
        <translation>此人所在的公司，按完整名称（add）。</translation>
    </message>
    <message>
        <source>Job title (add).</source>
        <translation>职务（add）。</translation>
    </message>
    <message>
        <source>Phone number; repeat for more (add).</source>
        <translation>电话号码；可重复给出多个（add）。</translation>
    </message>
    <message>
        <source>E-mail address; repeat for more (add).</source>
        <translation>电子邮件地址；可重复给出多个（add）。</translation>
    </message>
    <message>
        <source>Province (add).</source>
        <translation>省份（add）。</translation>
    </message>
    <message>
        <source>City (add; list filter).</source>
        <translation>城市（add；list 筛选）。</translation>
    </message>
    <message>
        <source>Street address (add).</source>
        <translation>街道地址（add）。</translation>
    </message>
    <message>
        <source>Industry (add).</source>
        <translation>行业（add）。</translation>
    </message>
    <message>
        <source>Source channel: website, social, exhibition, visit, referral, third_party, other or a name you added (add; list filter).</source>
        <translation>来源渠道：website、social、exhibition、visit、referral、third_party、other 或你添加的名称（add；list 筛选）。</translation>
    </message>
    <message>
        <source>lead, prospect, customer, loyal or churned (add; list filter).</source>
        <translation>lead、prospect、customer、loyal 或 churned（add；list 筛选）。</translation>
    </message>
    <message>
        <source>Owner&apos;s login (add; list filter).</source>
        <translation>负责人的登录名（add；list 筛选）。</translation>
    </message>
    <message>
        <source>Tag; repeat for more (add; list filter).</source>
        <translation>标签；可重复给出多个（add；list 筛选）。</translation>
    </message>
    <message>
        <source>Notes (add).</source>
        <translation>备注（add）。</translation>
    </message>
    <message>
        <source>Birthday or founding date, YYYY-MM-DD (add).</source>
        <translation>生日或成立日期，YYYY-MM-DD（add）。</translation>
    </message>
    <message>
        <source>Next follow-up date, YYYY-MM-DD (add).</source>
        <translation>下次跟进日期，YYYY-MM-DD（add）。</translation>
    </message>
    <message>
        <source>Sort column for list: name, city, stage, created, updated, next_follow_up, ...</source>
        <translation>list 的排序列：name、city、stage、created、updated、next_follow_up 等。</translation>
    </message>
    <message>
        <source>Sort descending (list).</source>
        <translation>降序排列（list）。</translation>
    </message>
    <message>
        <source>At most N rows (list, search; 0 = all; default 100).</source>
        <translation>最多 N 行（list、search；0 = 全部；默认 100）。</translation>
    </message>
    <message>
        <source>Skip N rows (list).</source>
        <translation>跳过 N 行（list）。</translation>
    </message>
    <message>
        <source>Also print the change history (show).</source>
        <translation>同时显示修改历史（show）。</translation>
    </message>
    <message>
        <source>customers search needs the text to look for.</source>
        <translation>customers search 需要要查找的文字。</translation>
    </message>
    <message>
        <source>unknown action “customers %1”.</source>
        <translation>未知操作“customers %1”。</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>结构版本 %1</translation>
    </message>
    <message>
        <source>How many customers (default 300).</source>
        <translation>客户数量（默认 300）。</translation>
    </message>
    <message>
        <source>How many orders (default 1000).</source>
        <translation>订单数量（默认 1000）。</translation>
    </message>
    <message>
        <source>How many leads (default: a tenth of the customers).</source>
        <translation>线索数量（默认：客户数的十分之一）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>随机种子；相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>--customers needs a whole number, not “%1”.</source>
        <translation>--customers 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--orders needs a whole number, not “%1”.</source>
        <translation>--orders 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--leads needs a whole number, not “%1”.</source>
        <translation>--leads 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>problems found; restore a backup or export what you can.</source>
        <translation>发现问题；请恢复备份，或导出还能读出的数据。</translation>
    </message>
    <message>
        <source>Login of the new team member.</source>
        <translation>新团队成员的登录名。</translation>
    </message>
    <message>
        <source>Display name of the new team member.</source>
        <translation>新团队成员的显示名称。</translation>
    </message>
    <message>
        <source>--role must be admin, manager or sales.</source>
        <translation>--role 必须是 admin、manager 或 sales。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>there is no funnel stage “%1”; stages: %2.</source>
        <translation>没有销售漏斗阶段“%1”；现有阶段：%2。</translation>
    </message>
    <message>
        <source>Customer number (add).</source>
        <translation>客户编号（add）。</translation>
    </message>
    <message>
        <source>Title (add).</source>
        <translation>标题（add）。</translation>
    </message>
    <message>
        <source>Amount in yuan (add).</source>
        <translation>金额，单位元（add）。</translation>
    </message>
    <message>
        <source>Stage code or name (add, list, move).</source>
        <translation>阶段代码或名称（add、list、move）。</translation>
    </message>
    <message>
        <source>Win probability in percent, overriding the stage&apos;s (add).</source>
        <translation>赢单概率（百分比），覆盖阶段的默认值（add）。</translation>
    </message>
    <message>
        <source>Expected close date, YYYY-MM-DD (add).</source>
        <translation>预计成交日期，YYYY-MM-DD（add）。</translation>
    </message>
    <message>
        <source>Products (add).</source>
        <translation>产品（add）。</translation>
    </message>
    <message>
        <source>Why it was lost (move to lost).</source>
        <translation>输单原因（移到 lost 时）。</translation>
    </message>
    <message>
        <source>Only my deals (list, forecast).</source>
        <translation>只看我的商机（list、forecast）。</translation>
    </message>
    <message>
        <source>At most N per stage (list; default 100).</source>
        <translation>每个阶段最多 N 个（list；默认 100）。</translation>
    </message>
    <message>
        <source>How many months (forecast; default 3).</source>
        <translation>月数（forecast；默认 3）。</translation>
    </message>
    <message>
        <source>Add an open stage with this name (stages).</source>
        <translation>添加一个此名称的进行中阶段（stages）。</translation>
    </message>
    <message>
        <source>Remove this stage, if no deal is in it (stages).</source>
        <translation>删除此阶段（阶段中没有商机时）（stages）。</translation>
    </message>
    <message>
        <source>Rename this stage to --name (stages).</source>
        <translation>将此阶段改名为 --name（stages）。</translation>
    </message>
    <message>
        <source>Set this stage&apos;s --probability (stages).</source>
        <translation>设置此阶段的 --probability（stages）。</translation>
    </message>
    <message>
        <source>New name (stages --rename).</source>
        <translation>新名称（stages --rename）。</translation>
    </message>
    <message>
        <source>deals add needs --customer ID.</source>
        <translation>deals add 需要 --customer 编号。</translation>
    </message>
    <message>
        <source>--probability needs a whole number from 0 to 100.</source>
        <translation>--probability 需要 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>deals move ID --stage S</source>
        <translation>deals move 编号 --stage 阶段</translation>
    </message>
    <message>
        <source>Moved deal %1 “%2” (%3) from %4 to %5.</source>
        <translation>已将商机 %1“%2”（%3）从“%4”移到“%5”。</translation>
    </message>
    <message>
        <source>deals history ID</source>
        <translation>deals history 编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>there is no stage %1.</source>
        <translation>没有阶段 %1。</translation>
    </message>
    <message>
        <source>there is no such stage; see “deals stages”.</source>
        <translation>没有这个阶段；请查看“deals stages”。</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢单概率 %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>--months needs a number from 1 to 36.</source>
        <translation>--months 需要 1 到 36 之间的数字。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要正整数。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>unknown action “deals %1”.</source>
        <translation>未知操作“deals %1”。</translation>
    </message>
    <message>
        <source>Only groups scoring at least N (0-100).</source>
        <translation>只显示相似度至少为 N 的组（0-100）。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>duplicates merge needs the surviving customer&apos;s ID and the other&apos;s.</source>
        <translation>duplicates merge 需要保留客户的编号和另一个客户的编号。</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (merge %3; undo with: duplicates undo %3).</source>
        <translation>已将 %1 合并到 %2（合并 %3；撤销：duplicates undo %3）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>duplicates undo needs the merge&apos;s ID (see duplicates history).</source>
        <translation>duplicates undo 需要合并的编号（见 duplicates history）。</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>已撤销合并 %1。</translation>
    </message>
    <message>
        <source>duplicates takes list, merge, history or undo, not “%1”.</source>
        <translation>duplicates 只接受 list、merge、history 或 undo，而不是“%1”。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>csv, xlsx, vcf (vCard 3.0) or vcf4 (vCard 4.0).</source>
        <translation>csv、xlsx、vcf（vCard 3.0）或 vcf4（vCard 4.0）。</translation>
    </message>
    <message>
        <source>Only customers matching this search.</source>
        <translation>只导出符合此搜索的客户。</translation>
    </message>
    <message>
        <source>Only this stage: lead, prospect, customer, loyal, churned.</source>
        <translation>只导出此阶段：lead、prospect、customer、loyal、churned。</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>只导出带此标签的客户。</translation>
    </message>
    <message>
        <source>Only customers in this city.</source>
        <translation>只导出此城市的客户。</translation>
    </message>
    <message>
        <source>export takes customers.</source>
        <translation>export 只接受 customers。</translation>
    </message>
    <message>
        <source>export customers needs -o FILE.</source>
        <translation>export customers 需要 -o 文件。</translation>
    </message>
    <message>
        <source>--as takes csv, xlsx, vcf or vcf4.</source>
        <translation>--as 只接受 csv、xlsx、vcf 或 vcf4。</translation>
    </message>
    <message>
        <source>cannot tell the format from “%1”; name it .csv, .xlsx or .vcf, or use --as.</source>
        <translation>无法从“%1”判断格式；请以 .csv、.xlsx 或 .vcf 结尾，或使用 --as。</translation>
    </message>
    <message>
        <source>--stage is lead, prospect, customer, loyal or churned.</source>
        <translation>--stage 可以是 lead、prospect、customer、loyal 或 churned。</translation>
    </message>
    <message>
        <source>no customer matches the filters; nothing was written.</source>
        <translation>没有符合筛选条件的客户；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n customers written to %1</source>
        <translation>
            <numerusform>已将 %n 位客户写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>name the customer by number, e.g. “followups log 42 --summary …”.</source>
        <translation>请用编号指定客户，例如“followups log 42 --summary …”。</translation>
    </message>
    <message>
        <source>--lead needs a lead number.</source>
        <translation>--lead 需要线索编号。</translation>
    </message>
    <message>
        <source>--deal needs a deal number.</source>
        <translation>--deal 需要商机编号。</translation>
    </message>
    <message>
        <source>--at “%1” is not a date-time; write it like 2026-03-31T15:00.</source>
        <translation>--at“%1”不是日期时间；请写成 2026-03-31T15:00 这样。</translation>
    </message>
    <message>
        <source>--days needs a whole number (0 = due today or overdue).</source>
        <translation>--days 需要整数（0 = 今天到期或已逾期）。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>followups export needs the file to write: -o FILE.ics</source>
        <translation>followups export 需要要写入的文件：-o 文件.ics</translation>
    </message>
    <message>
        <source>--days needs a whole number.</source>
        <translation>--days 需要整数。</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n follow-ups to %1</source>
        <translation>
            <numerusform>已将 %n 条跟进写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What was discussed (log).</source>
        <translation>沟通内容（log）。</translation>
    </message>
    <message>
        <source>Log it on this lead instead of a customer (log).</source>
        <translation>记录在此线索上，而不是客户上（log）。</translation>
    </message>
    <message>
        <source>Log it on this deal (and its customer) (log).</source>
        <translation>记录在此商机（及其客户）上（log）。</translation>
    </message>
    <message>
        <source>How: phone, wechat, email, sms, visit, meeting, online_chat, other (log).</source>
        <translation>方式：phone、wechat、email、sms、visit、meeting、online_chat、other（log）。</translation>
    </message>
    <message>
        <source>When it happened, ISO 8601 (log; default now).</source>
        <translation>发生时间，ISO 8601（log；默认现在）。</translation>
    </message>
    <message>
        <source>The customer&apos;s feedback or objection (log).</source>
        <translation>客户的反馈或异议（log）。</translation>
    </message>
    <message>
        <source>The outcome (log).</source>
        <translation>结果（log）。</translation>
    </message>
    <message>
        <source>Next follow-up date, YYYY-MM-DD (log).</source>
        <translation>下次跟进日期，YYYY-MM-DD（log）。</translation>
    </message>
    <message>
        <source>The next action (log).</source>
        <translation>下一步行动（log）。</translation>
    </message>
    <message>
        <source>Look this many days ahead (due, export).</source>
        <translation>向后看这么多天（due、export）。</translation>
    </message>
    <message>
        <source>Whose follow-ups: a login, or all (due, export).</source>
        <translation>谁的跟进：登录名，或 all（due、export）。</translation>
    </message>
    <message>
        <source>The .ics file to write (export).</source>
        <translation>要写入的 .ics 文件（export）。</translation>
    </message>
    <message>
        <source>Add a channel with this name (channels).</source>
        <translation>添加一个此名称的跟进方式（channels）。</translation>
    </message>
    <message>
        <source>Retire this channel; past follow-ups keep it (channels).</source>
        <translation>停用此跟进方式；以往的跟进记录保留它（channels）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>unknown action “followups %1”; use log, due, list, export or channels.</source>
        <translation>未知操作“followups %1”；请使用 log、due、list、export 或 channels。</translation>
    </message>
    <message>
        <source>--map wants COLUMN=FIELD pairs, not “%1”.</source>
        <translation>--map 需要“列=字段”形式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--map: the file has no column “%1”. Its columns are: %2.</source>
        <translation>--map：文件中没有“%1”列。现有的列：%2。</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>record %1, column “%2” “%3&quot;</source>
        <translation>第 %1 条记录，“%2”列“%3”</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>skipped, same %1 as lead %2</source>
        <translation>已跳过，%1 与线索 %2 相同</translation>
    </message>
    <message>
        <source>skipped, same %1 as customer %2</source>
        <translation>已跳过，%1 与客户 %2 相同</translation>
    </message>
    <message>
        <source>(record %1 of this file)</source>
        <translation>（本文件第 %1 条记录）</translation>
    </message>
    <message>
        <source>... and %1 more duplicates skipped.</source>
        <translation>……另有 %1 条重复记录被跳过。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Companies created</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>unknown encoding “%1”; use one of %2.</source>
        <translation>未知编码“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--sheet wants a sheet number from 1.</source>
        <translation>--sheet 需要从 1 开始的工作表编号。</translation>
    </message>
    <message>
        <source>--mode is create, update or upsert.</source>
        <translation>--mode 可以是 create、update 或 upsert。</translation>
    </message>
    <message>
        <source>--match takes id, phone, email, company, name-company and name, not “%1”.</source>
        <translation>--match 只接受 id、phone、email、company、name-company 和 name，而不是“%1”。</translation>
    </message>
    <message>
        <source>there is no saved mapping “%1”.</source>
        <translation>没有已保存的映射“%1”。</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid.</source>
        <translation>--rejects 需要与 --skip-invalid 一起使用。</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Customers created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Text encoding of a CSV file (default: detected): UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, Shift_JIS, windows-1252.</source>
        <translation>CSV 文件的文本编码（默认：自动检测）：UTF-8、UTF-16LE、UTF-16BE、GB18030、Big5、Shift_JIS、windows-1252。</translation>
    </message>
    <message>
        <source>Which sheet of an XLSX workbook, from 1 (default 1).</source>
        <translation>XLSX 工作簿中的第几个工作表，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <source>Print which column goes to which field (stderr).</source>
        <translation>显示每一列对应哪个字段（输出到标准错误）。</translation>
    </message>
    <message>
        <source>create (default), update or upsert.</source>
        <translation>create（默认）、update 或 upsert。</translation>
    </message>
    <message>
        <source>Fields that identify a customer, in order (default phone,email,company,name-company); also id, name.</source>
        <translation>用于识别客户的字段，按顺序（默认 phone,email,company,name-company）；也可用 id、name。</translation>
    </message>
    <message>
        <source>Check everything and report; write nothing.</source>
        <translation>检查全部内容并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>导入有效的行，报告其余的行。</translation>
    </message>
    <message>
        <source>With --skip-invalid: write the rejected rows and why to this .csv or .xlsx file.</source>
        <translation>与 --skip-invalid 一起使用：将被拒绝的行及原因写入此 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Orders: create customers the file names but the database does not have.</source>
        <translation>订单：文件中提到但数据库中没有的客户，自动创建。</translation>
    </message>
    <message>
        <source>import needs customers, leads, orders, list or revert.</source>
        <translation>import 需要 customers、leads、orders、list 或 revert。</translation>
    </message>
    <message>
        <source>import %1 needs the file to import.</source>
        <translation>import %1 需要要导入的文件。</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>共</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>import revert needs the import&apos;s ID (see import list).</source>
        <translation>import revert 需要导入的编号（见 import list）。</translation>
    </message>
    <message>
        <source>Import %1 reverted: %2 imported leads disqualified.</source>
        <translation>已撤销导入 %1：%2 条导入的线索已判为无效。</translation>
    </message>
    <message>
        <source>Import %1 reverted: %2 created customers moved to the trash, %3 updated customers restored; %4 created customers kept because others were merged into them.</source>
        <translation>已撤销导入 %1：%2 位新建客户已移入回收站，%3 位被更新的客户已恢复原状；%4 位新建客户因有其他客户并入而保留。</translation>
    </message>
    <message>
        <source>Import %1 reverted: %2 created customers moved to the trash, %3 updated customers restored.</source>
        <translation>已撤销导入 %1：%2 位新建客户已移入回收站，%3 位被更新的客户已恢复原状。</translation>
    </message>
    <message>
        <source>import needs customers, leads, orders, list or revert, not “%1”.</source>
        <translation>import 需要 customers、leads、orders、list 或 revert，而不是“%1”。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>name the lead by number.</source>
        <translation>请用编号指定线索。</translation>
    </message>
    <message>
        <source>--status must be new, qualified, disqualified or converted.</source>
        <translation>--status 必须是 new、qualified、disqualified 或 converted。</translation>
    </message>
    <message>
        <source>--link needs a customer number.</source>
        <translation>--link 需要客户编号。</translation>
    </message>
    <message>
        <source>lead %1 looks like an existing customer: %2. Use --link ID to attach it to that customer, or --force to create a new one anyway.</source>
        <translation>线索 %1 看起来是已有客户：%2。请用 --link 编号 关联到该客户，或用 --force 仍然新建客户。</translation>
    </message>
    <message>
        <source>Linked to existing</source>
        <translation>关联已有客户</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contact name (add).</source>
        <translation>联系人姓名（add）。</translation>
    </message>
    <message>
        <source>Company (add).</source>
        <translation>公司（add）。</translation>
    </message>
    <message>
        <source>Phone (add).</source>
        <translation>电话（add）。</translation>
    </message>
    <message>
        <source>E-mail (add).</source>
        <translation>电子邮件（add）。</translation>
    </message>
    <message>
        <source>City (add).</source>
        <translation>城市（add）。</translation>
    </message>
    <message>
        <source>Source channel (add).</source>
        <translation>来源渠道（add）。</translation>
    </message>
    <message>
        <source>Campaign (add).</source>
        <translation>活动（add）。</translation>
    </message>
    <message>
        <source>Product interest (add).</source>
        <translation>意向产品（add）。</translation>
    </message>
    <message>
        <source>Owner&apos;s login (add, list).</source>
        <translation>负责人的登录名（add、list）。</translation>
    </message>
    <message>
        <source>Put the lead in the public pool (add); only pool leads (list).</source>
        <translation>将线索放入公海（add）；只看公海线索（list）。</translation>
    </message>
    <message>
        <source>Only my leads (list).</source>
        <translation>只看我的线索（list）。</translation>
    </message>
    <message>
        <source>new, qualified, disqualified or converted (list).</source>
        <translation>new、qualified、disqualified 或 converted（list）。</translation>
    </message>
    <message>
        <source>At most N rows (list; 0 = all; default 100).</source>
        <translation>最多 N 行（list；0 = 全部；默认 100）。</translation>
    </message>
    <message>
        <source>Why (disqualify).</source>
        <translation>原因（disqualify）。</translation>
    </message>
    <message>
        <source>Attach to this existing customer (convert).</source>
        <translation>关联到此已有客户（convert）。</translation>
    </message>
    <message>
        <source>Do not create the company as a customer (convert).</source>
        <translation>不将公司建为客户（convert）。</translation>
    </message>
    <message>
        <source>Also open a deal with this title (convert).</source>
        <translation>同时以此标题新建商机（convert）。</translation>
    </message>
    <message>
        <source>The deal&apos;s amount in yuan (convert --deal).</source>
        <translation>商机金额，单位元（convert --deal）。</translation>
    </message>
    <message>
        <source>Convert even when the lead matches an existing customer (convert).</source>
        <translation>即使线索与已有客户匹配也转化（convert）。</translation>
    </message>
    <message>
        <source>Assign by the assignment rules (assign).</source>
        <translation>按分配规则分配（assign）。</translation>
    </message>
    <message>
        <source>Assign to this login (assign).</source>
        <translation>分配给此登录名（assign）。</translation>
    </message>
    <message>
        <source>unknown action “leads %1”.</source>
        <translation>未知操作“leads %1”。</translation>
    </message>
    <message>
        <source>Create the database file (or upgrade it) and exit.</source>
        <translation>创建数据库文件（或升级它）后退出。</translation>
    </message>
    <message>
        <source>Add deterministic sample customers and orders.</source>
        <translation>添加可重现的示例客户和订单。</translation>
    </message>
    <message>
        <source>Check integrity, links and the schema version.</source>
        <translation>检查完整性、关联和结构版本。</translation>
    </message>
    <message>
        <source>Work with customers.</source>
        <translation>管理客户。</translation>
    </message>
    <message>
        <source>Capture, screen, assign and convert leads.</source>
        <translation>录入、筛选、分配和转化线索。</translation>
    </message>
    <message>
        <source>The public pool (公海).</source>
        <translation>公海。</translation>
    </message>
    <message>
        <source>Opportunities in the funnel.</source>
        <translation>销售漏斗中的商机。</translation>
    </message>
    <message>
        <source>Quotes, contracts, orders and payments.</source>
        <translation>报价、合同、订单和回款。</translation>
    </message>
    <message>
        <source>Lead assignment rules.</source>
        <translation>线索分配规则。</translation>
    </message>
    <message>
        <source>Assignments and reclaims for you.</source>
        <translation>分配给你和被收回的记录。</translation>
    </message>
    <message>
        <source>Log follow-ups, list what is due, export to a calendar.</source>
        <translation>记录跟进，列出待跟进事项，导出到日历。</translation>
    </message>
    <message>
        <source>Import CSV/TSV, XLSX or vCard; list and revert imports.</source>
        <translation>导入 CSV/TSV、XLSX 或 vCard；列出和撤销导入。</translation>
    </message>
    <message>
        <source>Customers to CSV, XLSX or vCard.</source>
        <translation>将客户导出为 CSV、XLSX 或 vCard。</translation>
    </message>
    <message>
        <source>Find customers entered twice, merge them, undo a merge.</source>
        <translation>查找重复录入的客户，合并它们，撤销合并。</translation>
    </message>
    <message>
        <source>A checked backup, safe while the app is open.</source>
        <translation>经过校验的备份，应用打开时也可安全进行。</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup.</source>
        <translation>用经过校验的备份替换数据库。</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>Pretend it is this time (ISO 8601).</source>
        <translation>假定当前为此时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>Wait this long for another program writing to the file (default 5).</source>
        <translation>另一个程序正在写入文件时最多等待这么久（默认 5 秒）。</translation>
    </message>
    <message>
        <source>Open the file for reading only.</source>
        <translation>以只读方式打开文件。</translation>
    </message>
    <message>
        <source>Help; “guanxi-cli COMMAND --help” for a command.</source>
        <translation>帮助；命令的帮助请用“guanxi-cli 命令 --help”。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Guanxi (关系) customer database on the command line.</source>
        <translation>命令行中的 Guanxi（关系）客户数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>Messages and table headers follow the system language (LANG, LC_ALL, LANGUAGE). For scripts, run with LC_ALL=C for English; the keys of --format csv and json never change.</source>
        <translation>提示信息和表头跟随系统语言（LANG、LC_ALL、LANGUAGE）。脚本中请用 LC_ALL=C 获得英文输出；--format csv 和 json 的键名始终不变。</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Quotes, contracts, orders and payments (商务过程).

  orders add --customer ID --amount A [--number N] [--date DATE] [--status S] [--kind quote|contract|order]
  orders list [--customer ID] [--status S] [--unpaid] [--limit N]
  orders show ID                       With lines and payments.
  orders import FILE.csv [--create-customers] [--dry-run]
                                       Columns: number, customer (id, phone, e-mail or exact
                                       name), date, amount, status; English or Chinese headers.
                                       One transaction: any bad row and nothing is imported.
  orders pay ID --amount A [--date DATE] [--method M] [--reference R] [--note TEXT]
                                       Records money received (回款).
  orders write-off ID --reason TEXT    Writes off what is still owed, saying why.
  orders remove-payment PAYMENT_ID     Removes a payment or write-off entered by mistake
                                       (the PAYMENT_ID column of orders show).
  orders advance ID                    Quote -&gt; contract -&gt; order (an order gets an SO- number).
  orders status ID --status S
  orders from-deal DEAL_ID             A draft order from a won deal.
  orders products [--add --sku S --name N --price P [--category C]]

Statuses: draft, signed, delivered, paid, cancelled. Only signed and delivered orders owe
money; an order becomes paid when payments (and write-offs) cover its total, so
“--status paid” is refused while money is owed. Amounts in yuan.
Receivables by customer and age: guanxi-cli report receivables.</source>
        <translation>报价、合同、订单与回款（商务过程）。

  orders add --customer ID --amount A [--number N] [--date DATE] [--status S] [--kind quote|contract|order]
  orders list [--customer ID] [--status S] [--unpaid] [--limit N]
  orders show ID                       显示明细行和付款。
  orders import FILE.csv [--create-customers] [--dry-run]
                                       列：编号、客户（ID、电话、电子邮件或完整名称）、
                                       日期、金额、状态；表头可用中文或英文。
                                       一个事务：任何一行有误则什么都不导入。
  orders pay ID --amount A [--date DATE] [--method M] [--reference R] [--note TEXT]
                                       记录收到的款项（回款）。
  orders write-off ID --reason TEXT    核销仍欠的金额，并写明原因。
  orders remove-payment PAYMENT_ID     删除误录的付款或核销
                                       （orders show 的 PAYMENT_ID 列）。
  orders advance ID                    报价 -&gt; 合同 -&gt; 订单（订单获得 SO- 编号）。
  orders status ID --status S
  orders from-deal DEAL_ID             由赢单的商机生成订单草稿。
  orders products [--add --sku S --name N --price P [--category C]]

状态：draft（草稿）、signed（已签约）、delivered（已交付）、paid（已付清）、cancelled（已取消）。
只有已签约和已交付的订单有应收款；付款（及核销）覆盖总额时订单才变为已付清，
因此仍有欠款时 “--status paid” 会被拒绝。金额单位为元。
按客户和账龄查看应收：guanxi-cli report receivables。</translation>
    </message>
    <message>
        <source>add, list, show, import, pay, write-off, remove-payment, advance, status, from-deal or products</source>
        <translation>add、list、show、import、pay、write-off、remove-payment、advance、status、from-deal 或 products</translation>
    </message>
    <message>
        <source>Customer number (add, list).</source>
        <translation>客户编号（add、list）。</translation>
    </message>
    <message>
        <source>Amount in yuan (add, pay).</source>
        <translation>金额，单位元（add、pay）。</translation>
    </message>
    <message>
        <source>Order number (add; default: the next SO-YYYY-NNNNN).</source>
        <translation>订单编号（add；默认：下一个 SO-YYYY-NNNNN）。</translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD (add, pay; default today).</source>
        <translation>日期，YYYY-MM-DD（add、pay；默认今天）。</translation>
    </message>
    <message>
        <source>quote, contract or order (add; default order).</source>
        <translation>quote、contract 或 order（add；默认 order）。</translation>
    </message>
    <message>
        <source>Only orders with money outstanding (list).</source>
        <translation>只列出仍有欠款的订单（list）。</translation>
    </message>
    <message>
        <source>At most N rows (list; default 100).</source>
        <translation>最多 N 行（list；默认 100）。</translation>
    </message>
    <message>
        <source>How it was paid, e.g. 微信, 支付宝, 银行转账, 现金 (pay).</source>
        <translation>收款方式，例如 微信、支付宝、银行转账、现金（pay）。</translation>
    </message>
    <message>
        <source>Transaction or voucher number (pay).</source>
        <translation>交易流水号或凭证号（pay）。</translation>
    </message>
    <message>
        <source>A note (pay).</source>
        <translation>备注（pay）。</translation>
    </message>
    <message>
        <source>Why the rest will not be paid (write-off).</source>
        <translation>余款不再收回的原因（write-off）。</translation>
    </message>
    <message>
        <source>Create customers the file names but the database does not have (import).</source>
        <translation>创建文件中提到但数据库里没有的客户（import）。</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing (import).</source>
        <translation>只检查文件并报告，不写入（import）。</translation>
    </message>
    <message>
        <source>Add a product (products).</source>
        <translation>添加产品（products）。</translation>
    </message>
    <message>
        <source>SKU (products --add).</source>
        <translation>SKU（products --add）。</translation>
    </message>
    <message>
        <source>Name (products --add).</source>
        <translation>名称（products --add）。</translation>
    </message>
    <message>
        <source>Unit price in yuan (products --add).</source>
        <translation>单价，单位元（products --add）。</translation>
    </message>
    <message>
        <source>Category (products --add).</source>
        <translation>类别（products --add）。</translation>
    </message>
    <message>
        <source>--status must be draft, signed, delivered, paid or cancelled.</source>
        <translation>--status 必须是 draft、signed、delivered、paid 或 cancelled。</translation>
    </message>
    <message>
        <source>orders add needs --customer ID.</source>
        <translation>orders add 需要 --customer ID。</translation>
    </message>
    <message>
        <source>--kind must be quote, contract or order.</source>
        <translation>--kind 必须是 quote、contract 或 order。</translation>
    </message>
    <message>
        <source>--date needs YYYY-MM-DD.</source>
        <translation>--date 需要 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>orders import needs the CSV file.</source>
        <translation>orders import 需要 CSV 文件。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>回款编号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Removed payment %1.</source>
        <translation>已删除回款 %1。</translation>
    </message>
    <message>
        <source>orders status ID --status S</source>
        <translation>orders status ID --status S</translation>
    </message>
    <message>
        <source>unknown action “orders %1”.</source>
        <translation>未知操作 “orders %1”。</translation>
    </message>
    <message>
        <source>say “lead” or “customer”, e.g. “pool claim lead 42”.</source>
        <translation>请指明“lead”或“customer”，例如“pool claim lead 42”。</translation>
    </message>
    <message>
        <source>“%1” is not a record number.</source>
        <translation>“%1”不是记录编号。</translation>
    </message>
    <message>
        <source>name at least one record number.</source>
        <translation>请至少给出一个记录编号。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Claimed %1 (lead %2).</source>
        <translation>已领取 %1（线索 %2）。</translation>
    </message>
    <message>
        <source>Claimed %1 (customer %2).</source>
        <translation>已领取 %1（客户 %2）。</translation>
    </message>
    <message>
        <source>Released %1 (lead %2) to the pool.</source>
        <translation>已将 %1（线索 %2）退回公海。</translation>
    </message>
    <message>
        <source>Released %1 (customer %2) to the pool.</source>
        <translation>已将 %1（客户 %2）退回公海。</translation>
    </message>
    <message>
        <source>Assigned %1 (lead %2) to %3.</source>
        <translation>已将 %1（线索 %2）分配给 %3。</translation>
    </message>
    <message>
        <source>Assigned %1 (customer %2) to %3.</source>
        <translation>已将 %1（客户 %2）分配给 %3。</translation>
    </message>
    <message>
        <source>Why (release, assign).</source>
        <translation>原因（release、assign）。</translation>
    </message>
    <message>
        <source>The team member&apos;s login (assign).</source>
        <translation>团队成员的登录名（assign）。</translation>
    </message>
    <message>
        <source>Whose records: a login or all (warnings).</source>
        <translation>谁的记录：登录名或 all（warnings）。</translation>
    </message>
    <message>
        <source>Most leads + customers one person may hold when claiming (rules).</source>
        <translation>领取时每人最多可持有的线索与客户总数（rules）。</translation>
    </message>
    <message>
        <source>Days before you may claim back what you released (rules).</source>
        <translation>退回公海后多少天内不能再次领取（rules）。</translation>
    </message>
    <message>
        <source>Days without a follow-up before a record returns to the pool (rules; 0 = off).</source>
        <translation>多少天无跟进后记录退回公海（rules；0 = 关闭）。</translation>
    </message>
    <message>
        <source>Warn this many days before a reclaim (rules).</source>
        <translation>收回前提前这么多天提醒（rules）。</translation>
    </message>
    <message>
        <source>Days without a won deal before a customer returns to the pool (rules; 0 = off).</source>
        <translation>多少天无成交后客户退回公海（rules；0 = 关闭）。</translation>
    </message>
    <message>
        <source>In the pool since</source>
        <translation>进入公海时间</translation>
    </message>
    <message>
        <source>assign needs --to LOGIN.</source>
        <translation>assign 需要 --to 登录名。</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Returns to the pool</source>
        <translation>退回公海时间</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 需要整数。</translation>
    </message>
    <message>
        <source>Claim limit</source>
        <translation>领取上限</translation>
    </message>
    <message>
        <source>Cool-down days</source>
        <translation>冷却天数</translation>
    </message>
    <message>
        <source>Reclaim after days</source>
        <translation>无跟进回收天数</translation>
    </message>
    <message>
        <source>Warn days before</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <source>No-win days</source>
        <translation>无成交回收天数</translation>
    </message>
    <message>
        <source>unknown action “pool %1”.</source>
        <translation>未知操作“pool %1”。</translation>
    </message>
    <message>
        <source>--k “%1” is not a number of clusters from 1 to 50 (0 or none: the suggested number).</source>
        <translation>--k“%1”不是 1 到 50 之间的聚类数（0 或不填：使用建议的数量）。</translation>
    </message>
    <message>
        <source>--features “%1” is not log or scores.</source>
        <translation>--features“%1”不是 log 或 scores。</translation>
    </message>
    <message>
        <source>--seed “%1” is not a whole number from 0 up.</source>
        <translation>--seed“%1”不是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--table “%1” is not profile, assignments or silhouette.</source>
        <translation>--table“%1”不是 profile、assignments 或 silhouette。</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Reference date for recency (default: the day after the latest purchase).</source>
        <translation>计算最近购买间隔的参考日期（默认：最近一次购买的次日）。</translation>
    </message>
    <message>
        <source>Number of clusters, 1 to 50 (default or 0: the suggested number).</source>
        <translation>聚类数，1 到 50（默认或 0：建议的数量）。</translation>
    </message>
    <message>
        <source>What to cluster on: log or scores (default log).</source>
        <translation>聚类依据：log 或 scores（默认 log）。</translation>
    </message>
    <message>
        <source>Seed for k-means++ (default 1).</source>
        <translation>k-means++ 的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>The table for the screen and CSV: profile (default), assignments or silhouette.</source>
        <translation>屏幕和 CSV 输出的表：profile（默认）、assignments 或 silhouette。</translation>
    </message>
    <message>
        <source>k-means clusters of customers on RFM, with a suggested k.</source>
        <translation>按 RFM 对客户做 k-means 聚类，并给出建议的 k。</translation>
    </message>
    <message>
        <source>RFM scores and segments, to the screen, CSV, XLSX, JSON or PDF.</source>
        <translation>RFM 评分和客户分层，输出到屏幕、CSV、XLSX、JSON 或 PDF。</translation>
    </message>
    <message>
        <source>First date in the window (default: open).</source>
        <translation>时间范围的第一天（默认：不限）。</translation>
    </message>
    <message>
        <source>Last date in the window (default: open).</source>
        <translation>时间范围的最后一天（默认：不限）。</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>写入此文件。</translation>
    </message>
    <message>
        <source>report %1 does not take --%2.</source>
        <translation>report %1 不接受 --%2。</translation>
    </message>
    <message>
        <source>report takes %1.</source>
        <translation>report 可以是 %1。</translation>
    </message>
    <message>
        <source>--currency “%1” is not a currency code; write it like CNY or USD.</source>
        <translation>--currency“%1”不是货币代码；请写成 CNY 或 USD 这样。</translation>
    </message>
    <message>
        <source>--format %1 needs -o FILE.</source>
        <translation>--format %1 需要 -o 文件。</translation>
    </message>
    <message>
        <source>cannot tell which format to write “%1” in; give --format csv, json, xlsx or pdf, or end the file name in one of them.</source>
        <translation>无法判断“%1”应以何种格式写入；请给出 --format csv、json、xlsx 或 pdf，或让文件名以其中之一结尾。</translation>
    </message>
    <message>
        <source>Could not start the PDF renderer for “%1”; give the format as --format pdf or end the file name in .pdf.</source>
        <translation>无法为“%1”启动 PDF 渲染器；请用 --format pdf 指定格式，或让文件名以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>--months “%1” is not a number from 0 to %2.</source>
        <translation>--months“%1”不是 0 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>report kpi is always as of today (--now sets the day); it takes no --from or --to.</source>
        <translation>report kpi 总是截至今天（--now 可设定日期）；它不接受 --from 或 --to。</translation>
    </message>
    <message>
        <source>The sales funnel: deals per stage, conversion, win rate.</source>
        <translation>销售漏斗：各阶段商机、转化率、赢单率。</translation>
    </message>
    <message>
        <source>Revenue, orders, new and repeat customers month by month.</source>
        <translation>逐月的收入、订单、新客户和复购客户。</translation>
    </message>
    <message>
        <source>Retention of customers by the month of their first purchase.</source>
        <translation>按首次购买月份统计的客户留存。</translation>
    </message>
    <message>
        <source>The dashboard&apos;s key figures as of today.</source>
        <translation>截至今天的仪表盘关键指标。</translation>
    </message>
    <message>
        <source>What customers still owe, by customer and by age.</source>
        <translation>客户尚欠的款项，按客户和账龄列出。</translation>
    </message>
    <message>
        <source>Rule name (add).</source>
        <translation>规则名称（add）。</translation>
    </message>
    <message>
        <source>user, round_robin or least_loaded (add).</source>
        <translation>user、round_robin 或 least_loaded（add）。</translation>
    </message>
    <message>
        <source>Logins, comma separated (add).</source>
        <translation>登录名，以逗号分隔（add）。</translation>
    </message>
    <message>
        <source>Match this province (add).</source>
        <translation>匹配此省份（add）。</translation>
    </message>
    <message>
        <source>Match this city (add).</source>
        <translation>匹配此城市（add）。</translation>
    </message>
    <message>
        <source>Match this industry (add).</source>
        <translation>匹配此行业（add）。</translation>
    </message>
    <message>
        <source>Match this source channel (add).</source>
        <translation>匹配此来源渠道（add）。</translation>
    </message>
    <message>
        <source>Match this text in the product interest (add).</source>
        <translation>匹配意向产品中的此文字（add）。</translation>
    </message>
    <message>
        <source>--method must be user, round_robin or least_loaded.</source>
        <translation>--method 必须是 user、round_robin 或 least_loaded。</translation>
    </message>
    <message>
        <source>rules remove ID</source>
        <translation>rules remove 编号</translation>
    </message>
    <message>
        <source>unknown action “rules %1”.</source>
        <translation>未知操作“rules %1”。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配条件</translation>
    </message>
    <message>
        <source>Include read notifications (list).</source>
        <translation>包括已读的通知（list）。</translation>
    </message>
    <message>
        <source>unknown action “notifications %1”.</source>
        <translation>未知操作“notifications %1”。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>“%1” is not a lead number.</source>
        <translation>“%1”不是线索编号。</translation>
    </message>
    <message>
        <source>name the leads to assign: leads assign ID... --to LOGIN</source>
        <translation>请指定要分配的线索：leads assign 编号... --to 登录名</translation>
    </message>
    <message>
        <source>say how: --to LOGIN, or --rules to apply the assignment rules.</source>
        <translation>请说明方式：--to 登录名，或 --rules 按分配规则分配。</translation>
    </message>
    <message>
        <source>assigned %1 of %2 pool leads.</source>
        <translation>已分配公海中 %2 条线索中的 %1 条。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>Work with customers.

  customers list [filters]           List customers, sorted and filtered.
  customers search TEXT              Search names, companies, phones (4+ digits), e-mail,
                                     notes and pinyin (zhangsan, zs).
  customers add --name NAME ...      Add a customer; prints its number.
  customers show ID... [--history]   Show customers (and their change history).
  customers delete ID...             Move customers to the trash.
  customers restore ID...            Bring customers back from the trash.
  customers purge ID...              Remove customers in the trash for good.
  customers trash                    List the trash.</source>
        <translation>管理客户。

  customers list [filters]           列出客户，可排序和筛选。
  customers search TEXT              搜索名称、公司、电话（4 位以上数字）、电子邮件、
                                     备注和拼音（zhangsan、zs）。
  customers add --name NAME ...      添加客户；显示其编号。
  customers show ID... [--history]   显示客户（及其修改历史）。
  customers delete ID...             将客户移入回收站。
  customers restore ID...            从回收站恢复客户。
  customers purge ID...              彻底删除回收站中的客户。
  customers trash                    列出回收站。</translation>
    </message>
    <message>
        <source>list, search, add, show, delete, restore, purge or trash</source>
        <translation>list、search、add、show、delete、restore、purge 或 trash</translation>
    </message>
    <message>
        <source>Create or upgrade the database.</source>
        <translation>创建或升级数据库。</translation>
    </message>
    <message>
        <source>Creates the database file, or upgrades an existing one.</source>
        <translation>创建数据库文件，或升级已有的数据库文件。</translation>
    </message>
    <message>
        <source>Add sample data.</source>
        <translation>添加示例数据。</translation>
    </message>
    <message>
        <source>Adds realistic, deterministic sample customers (Chinese and English names,
provinces and cities, channels, stages) and orders over three years.</source>
        <translation>添加逼真且可重现的示例客户（中文和英文姓名、省份和城市、渠道、阶段）
及三年的订单。</translation>
    </message>
    <message>
        <source>Check the database.</source>
        <translation>检查数据库。</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity_check and foreign_key_check and reports the schema
version. Exit code 2 when a problem is found.</source>
        <translation>运行 SQLite 的 integrity_check 和 foreign_key_check，并报告结构版本。
发现问题时退出码为 2。</translation>
    </message>
    <message>
        <source>Opportunities (商机) in the funnel.

  deals add --customer ID --title T --amount A [--stage S] [--probability P] [--close DATE] [--products P]
  deals list [--stage S] [--mine] [--limit N]
  deals move ID --stage S [--reason TEXT]   (a lost stage needs --reason)
  deals history ID                           Every stage change with its time.
  deals stages [--add NAME --probability P] [--remove ID] [--rename ID --name N] [--set ID --probability P]
                                             The funnel&apos;s stages; add, rename, re-weigh or remove.
  deals forecast [--months N] [--mine]       Open deals by expected close month, weighted.

Stages: first_contact, needs_confirmed, proposal, negotiation, won, lost (or a name you added).
Amounts in yuan: 120000, 120,000.50.</source>
        <translation>销售漏斗中的商机。

  deals add --customer ID --title T --amount A [--stage S] [--probability P] [--close DATE] [--products P]
  deals list [--stage S] [--mine] [--limit N]
  deals move ID --stage S [--reason TEXT]   （移到输单阶段需要 --reason）
  deals history ID                           每次阶段变更及其时间。
  deals stages [--add NAME --probability P] [--remove ID] [--rename ID --name N] [--set ID --probability P]
                                             销售漏斗的阶段；添加、改名、调整赢单概率或删除。
  deals forecast [--months N] [--mine]       按预计成交月份列出进行中的商机，并加权。

阶段：first_contact、needs_confirmed、proposal、negotiation、won、lost（或你添加的名称）。
金额单位为元：120000、120,000.50。</translation>
    </message>
    <message>
        <source>add, list, move, history, stages or forecast</source>
        <translation>add、list、move、history、stages 或 forecast</translation>
    </message>
    <message>
        <source>Finds customers entered twice and merges them.

  duplicates list [--min-score N]      Candidate groups, surest first.
  duplicates merge SURVIVOR OTHER      OTHER&apos;s orders, deals, follow-ups, leads,
                                       people and history move to SURVIVOR;
                                       empty fields of SURVIVOR are filled from
                                       OTHER, phones, e-mails and tags combined;
                                       OTHER goes to the trash.
  duplicates history                   Merges done, newest first.
  duplicates undo MERGE_ID             Puts both customers back as they were.</source>
        <translation>查找重复录入的客户并合并它们。

  duplicates list [--min-score N]      候选组，最有把握的在前。
  duplicates merge SURVIVOR OTHER      OTHER 的订单、商机、跟进、线索、联系人和
                                       历史记录转到 SURVIVOR；SURVIVOR 的空字段
                                       由 OTHER 补齐，电话、电子邮件和标签合并；
                                       OTHER 移入回收站。
  duplicates history                   已完成的合并，最新的在前。
  duplicates undo MERGE_ID             将两个客户恢复原状。</translation>
    </message>
    <message>
        <source>list, merge, history or undo</source>
        <translation>list、merge、history 或 undo</translation>
    </message>
    <message>
        <source>Exports customers: all of them, or those matching the filters.

  export customers -o FILE [--as csv|xlsx|vcf|vcf4] [--search TEXT] [--stage STAGE] [--tag TAG] [--city CITY]

CSV is UTF-8 with a BOM (Excel opens Chinese correctly); cells starting with = + - @ are neutralised.
The format follows the file name (.csv, .xlsx, .vcf) unless --as says otherwise. CSV and XLSX import back
unchanged with: import customers FILE.</source>
        <translation>导出客户：全部客户，或符合筛选条件的客户。

  export customers -o FILE [--as csv|xlsx|vcf|vcf4] [--search TEXT] [--stage STAGE] [--tag TAG] [--city CITY]

CSV 为带 BOM 的 UTF-8（Excel 能正确显示中文）；以 = + - @ 开头的单元格会被转义，以免被当作公式执行。
格式由文件名（.csv、.xlsx、.vcf）决定，除非用 --as 另行指定。CSV 和 XLSX 可以用
import customers FILE 原样导回。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>Follow-ups (跟进).

  followups log CUSTOMER_ID|--lead ID|--deal ID --summary TEXT [--channel C] [--at DATETIME]
                [--feedback TEXT] [--outcome TEXT] [--next DATE] [--action TEXT]
                                     Log a follow-up; prints its number. Without --next
                                     the customer&apos;s pending follow-up counts as done.
  followups due [--days N] [--owner LOGIN|all]
                                     What is due up to N days from today (default 0:
                                     today and overdue), for you unless --owner.
  followups list CUSTOMER_ID         A customer&apos;s follow-ups, newest first.
  followups export -o FILE.ics [--days N] [--owner LOGIN|all]
                                     Due follow-ups as an iCalendar file (default 180 days).

  followups channels [--add NAME] [--remove CHANNEL]
                                     The list of channels; add your own or retire one.

Channels: phone, wechat, email, sms, visit, meeting, online_chat, other, and any you add.</source>
        <translation>跟进记录（跟进）。

  followups log CUSTOMER_ID|--lead ID|--deal ID --summary TEXT [--channel C] [--at DATETIME]
                [--feedback TEXT] [--outcome TEXT] [--next DATE] [--action TEXT]
                                     记录一次跟进；显示其编号。不带 --next 时，
                                     该客户待办的跟进视为已完成。
  followups due [--days N] [--owner LOGIN|all]
                                     从今天起 N 天内到期的跟进（默认 0：今天到期
                                     和已逾期的）；除非给出 --owner，否则只看你的。
  followups list CUSTOMER_ID         某个客户的跟进，最新的在前。
  followups export -o FILE.ics [--days N] [--owner LOGIN|all]
                                     将到期的跟进导出为 iCalendar 文件（默认 180 天）。

  followups channels [--add NAME] [--remove CHANNEL]
                                     跟进方式列表；可添加自己的方式，或停用某个方式。

跟进方式：phone、wechat、email、sms、visit、meeting、online_chat、other，以及你添加的方式。</translation>
    </message>
    <message>
        <source>log, due, list or export</source>
        <translation>log、due、list 或 export</translation>
    </message>
    <message>
        <source>customers, leads, orders, list or revert</source>
        <translation>customers、leads、orders、list 或 revert</translation>
    </message>
    <message>
        <source>Leads (线索).

  leads add --name NAME [--company C] [--phone P] [--email E] [--source S] [--campaign C]
            [--product P] [--city C] ... [--pool | --owner LOGIN]
                                     Capture a lead; prints its number. Yours unless --pool.
  leads list [--status S] [--mine | --pool | --owner LOGIN] [--limit N]
  leads show ID
  leads qualify ID
  leads disqualify ID --reason TEXT  Kept, never deleted.
  leads duplicates ID                Customers with the same phone, e-mail or company.
  leads assign [ID...] --rules          Assign pool leads (all, or these) by the rules.
  leads assign ID... --to LOGIN [--reason TEXT]
  leads convert ID [--link CUSTOMER_ID] [--no-company] [--deal TITLE [--amount A]] [--force]
                                     Make the lead a customer (one transaction). Refuses
                                     when it matches an existing person unless --link or --force.</source>
        <translation>销售线索（线索）。

  leads add --name NAME [--company C] [--phone P] [--email E] [--source S] [--campaign C]
            [--product P] [--city C] ... [--pool | --owner LOGIN]
                                     录入线索；显示其编号。除非给出 --pool，否则归你负责。
  leads list [--status S] [--mine | --pool | --owner LOGIN] [--limit N]
  leads show ID
  leads qualify ID
  leads disqualify ID --reason TEXT  保留记录，从不删除。
  leads duplicates ID                电话、电子邮件或公司相同的客户。
  leads assign [ID...] --rules          按规则分配公海线索（全部，或指定的这些）。
  leads assign ID... --to LOGIN [--reason TEXT]
  leads convert ID [--link CUSTOMER_ID] [--no-company] [--deal TITLE [--amount A]] [--force]
                                     将线索转为客户（一个事务）。与已有联系人匹配时
                                     拒绝转化，除非给出 --link 或 --force。</translation>
    </message>
    <message>
        <source>add, list, show, qualify, disqualify, duplicates or convert</source>
        <translation>add、list、show、qualify、disqualify、duplicates 或 convert</translation>
    </message>
    <message>
        <source>The public pool (公海): leads and customers without an owner.

  pool list lead|customer [--limit N]
  pool claim lead|customer ID...     Take records from the pool (limit and cool-down apply).
  pool release lead|customer ID... [--reason TEXT]
  pool assign lead|customer ID... --to LOGIN [--reason TEXT]
  pool reclaim [--now DATETIME]      Return records without a follow-up for the set number
                                     of days to the pool; prints what moved and why.
  pool warnings [--owner LOGIN|all]  What returns to the pool within the warning days.
  pool history lead|customer ID      Every move of a record.
  pool rules [--cap N] [--cooldown-days N] [--reclaim-days N] [--warn-days N] [--no-win-days N]
                                     Show or change the team&apos;s pool rules (0 days = off).</source>
        <translation>公海：没有负责人的线索和客户。

  pool list lead|customer [--limit N]
  pool claim lead|customer ID...     从公海领取记录（受领取上限和冷却期限制）。
  pool release lead|customer ID... [--reason TEXT]
  pool assign lead|customer ID... --to LOGIN [--reason TEXT]
  pool reclaim [--now DATETIME]      将超过设定天数没有跟进的记录收回公海；
                                     显示收回了哪些记录及原因。
  pool warnings [--owner LOGIN|all]  在提醒天数内将退回公海的记录。
  pool history lead|customer ID      一条记录的每次变动。
  pool rules [--cap N] [--cooldown-days N] [--reclaim-days N] [--warn-days N] [--no-win-days N]
                                     查看或修改团队的公海规则（0 天 = 关闭）。</translation>
    </message>
    <message>
        <source>list, claim, release, assign, reclaim, warnings, history or rules</source>
        <translation>list、claim、release、assign、reclaim、warnings、history 或 rules</translation>
    </message>
    <message>
        <source>Clusters: k-means on the RFM values of the customers with purchases (as report rfm). Features: log (default) is ln R, ln F and ln(1 + M in fen), scores is the 1-5 R, F and M scores; each standardised to mean 0 and standard deviation 1. k-means++ seeding from --seed (default 1), four restarts, the lowest inertia kept: the same file and options give the same clusters on every machine. Without --k, k = 2..8 are tried and the best silhouette wins (silhouettes over 5,000 customers use a seeded sample of 5,000). Clusters are numbered by descending mean monetary. Tables: profile (cluster, customers, share, mean_recency_days, mean_frequency, mean_monetary, revenue, revenue_share, main_segment), assignments (customer_id, customer_name, recency_days, frequency, monetary, r, f, m, segment, segment_code, cluster) and silhouette (k, clusters, silhouette, suggested, used). The screen and CSV get the profile, or the table --table names; JSON, XLSX and PDF get all three.</source>
        <translation>聚类：对有购买的客户的 RFM 值做 k-means（客户范围同 report rfm）。特征：log（默认）为 ln R、ln F 和 ln(1 + 以分计的 M)，scores 为 1-5 分的 R、F、M 评分；每个特征都标准化为均值 0、标准差 1。k-means++ 初始化使用 --seed（默认 1），重启四次，保留惯性（簇内平方和）最小的结果：相同的文件和选项在任何机器上都得到相同的聚类。不给 --k 时尝试 k = 2..8，轮廓系数最佳者胜出（客户超过 5,000 位时，轮廓系数基于 5,000 位客户的带种子抽样计算）。聚类按平均消费金额从高到低编号。表：profile (cluster, customers, share, mean_recency_days, mean_frequency, mean_monetary, revenue, revenue_share, main_segment)、assignments (customer_id, customer_name, recency_days, frequency, monetary, r, f, m, segment, segment_code, cluster) 和 silhouette (k, clusters, silhouette, suggested, used)。屏幕和 CSV 输出 profile，或 --table 指定的表；JSON、XLSX 和 PDF 包含全部三张表。</translation>
    </message>
    <message>
        <source>Whole calendar months from the month of --from (default: 11 months before the last) to the month of --to (default: this month): revenue and orders (signed, delivered or paid), new customers (created that local month, not in the trash), purchasing customers, and the repeat purchase rate (the share of the month&apos;s buyers who had bought before that month). Files also get the whole period (repeat rate: buyers with two or more orders), follow-ups per salesperson per month, and follow-ups overdue today by owner. --owner and --source select customers by their owner and source (for follow-ups: the salesperson who logged them).</source>
        <translation>从 --from 所在月份（默认：结束月份之前 11 个月）到 --to 所在月份（默认：本月）的完整自然月：收入和订单（已签约、已交付或已付清）、新客户（按本地时间在该月创建，且不在回收站中）、购买客户，以及复购率（当月购买者中在该月之前购买过的比例）。导出文件还包含整个期间的数据（复购率：有两个或以上订单的购买者）、每位销售人员每月的跟进数，以及按负责人统计的今天已逾期的跟进。--owner 和 --source 按负责人和来源选择客户（对跟进而言：记录跟进的销售人员）。</translation>
    </message>
    <message>
        <source>Retention by first-purchase month: one row per month of the window (as for trend) with the customers whose first purchase ever was that month, and the share of them buying 0, 1, ... N months later; months not reached yet are empty. Files also get the counts.</source>
        <translation>按首次购买月份的留存：时间范围内每个月一行（与 trend 相同），列出首次购买恰在该月的客户，以及其中在 0、1、... N 个月后购买的比例；尚未到达的月份留空。导出文件还包含人数。</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures as of today: open pipeline, weighted forecast (amount × the deal&apos;s or its stage&apos;s probability), won this month, conversion rate (won / closed in the last 90 days), repeat purchase rate (buyers of the last 12 months with two or more orders) and overdue follow-ups.</source>
        <translation>截至今天的仪表盘指标：进行中的商机金额、加权预测（金额 × 商机或其阶段的赢单概率）、本月赢单、转化率（最近 90 天内 赢单 / 结束的商机）、复购率（最近 12 个月内有两个或以上订单的购买者）和逾期跟进。</translation>
    </message>
    <message>
        <source>Lead assignment rules, evaluated in order; the first that matches decides.

  rules list
  rules add --name N --method user|round_robin|least_loaded --users LOGIN[,LOGIN...]
            [--province P] [--city C] [--industry I] [--source S] [--product TEXT]
  rules remove ID

Apply them with “leads assign --rules”.</source>
        <translation>线索分配规则，按顺序逐条判断；第一条匹配的规则决定分配给谁。

  rules list
  rules add --name N --method user|round_robin|least_loaded --users LOGIN[,LOGIN...]
            [--province P] [--city C] [--industry I] [--source S] [--product TEXT]
  rules remove ID

用“leads assign --rules”应用这些规则。</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list、add 或 remove</translation>
    </message>
    <message>
        <source>Your notifications: assignments and records that went back to the pool.

  notifications list [--all]   Unread ones, or all with --all.
  notifications read           Mark them all read.</source>
        <translation>你的通知：分配给你的记录，以及退回公海的记录。

  notifications list [--all]   未读的通知，或用 --all 列出全部。
  notifications read           全部标为已读。</translation>
    </message>
    <message>
        <source>list or read</source>
        <translation>list 或 read</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s (login).</source>
        <translation>只看此销售人员的（登录名）。</translation>
    </message>
    <message>
        <source>Only customers from this source channel (code or name).</source>
        <translation>只看来自此来源渠道的客户（代码或名称）。</translation>
    </message>
    <message>
        <source>Cohort: months after the first purchase to show (default 12).</source>
        <translation>同期群：显示首次购买后的月数（默认 12）。</translation>
    </message>
    <message>
        <source>there is no order numbered “%1”; `guanxi-cli orders list` shows the orders.</source>
        <translation>没有编号为“%1”的订单；用 `guanxi-cli orders list` 查看订单。</translation>
    </message>
    <message>
        <source>name the payment by its PAYMENT_ID (a column of orders show).</source>
        <translation>请用 PAYMENT_ID（orders show 中的一列）指明回款。</translation>
    </message>
    <message>
        <source>name the order by its ID or its number (columns of orders list).</source>
        <translation>请用编号或订单号（orders list 中的列）指明订单。</translation>
    </message>
    <message>
        <source>an order becomes paid when payments cover it: add it as signed or delivered, then record the money with “orders pay ID --amount A”.</source>
        <translation>回款覆盖总额时订单才变为已付清：请先以 signed 或 delivered 状态添加订单，再用“orders pay ID --amount A”登记收款。</translation>
    </message>
    <message>
        <source>PDF reports need guanxi-cli-pdf beside guanxi-cli (in %1); it is installed with the GUI build. Use --format xlsx or csv.</source>
        <translation>PDF 报表需要与 guanxi-cli 放在一起的 guanxi-cli-pdf（位于 %1）；它随图形界面版本一起安装。请使用 --format xlsx 或 csv。</translation>
    </message>
    <message>
        <source>%1 did not finish the PDF: %2</source>
        <translation>%1 未能完成 PDF：%2</translation>
    </message>
    <message>
        <source>Currency rates to the base currency, for sums and reports.</source>
        <translation>各币种对本位币的汇率，用于合计和报表。</translation>
    </message>
    <message>
        <source>The data-quality score, its checks, and the customers to fix.</source>
        <translation>数据质量评分、各项检查以及需要修正的客户。</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1（未验证）</translation>
    </message>
    <message>
        <source>Imports customers, leads and orders from CSV/TSV, XLSX or vCard.

  import customers FILE [options]      Format, encoding and columns are detected.
  import leads FILE [options]          The same for leads (create only; a lead
                                       whose phone or e-mail is known is skipped).
  import orders FILE [options]         Orders: number, customer (id, phone, e-mail
                                       or exact name, or the customer&apos;s phone and
                                       e-mail columns), date, amount, status.
                                       --create-customers adds unknown names.
  import list                          Earlier imports, newest first.
  import revert ID                     Undo a whole import: created customers go
                                       to the trash, updated ones get their old
                                       values back; imported leads not
                                       converted since are disqualified;
                                       imported orders are cancelled.

Columns are guessed from English and Chinese headers; --show-mapping prints
the guess, --map changes it, --save-profile NAME keeps it and --profile NAME
uses it again (for each kind of record its own saved mappings, shared with
the import wizard).

The import is one transaction: when any row is invalid nothing is written and
every problem is listed on stderr with its line and column (exit 2), unless
--skip-invalid is given.</source>
        <translation>从 CSV/TSV、XLSX 或 vCard 导入客户、线索和订单。

  import customers FILE [options]      自动识别格式、编码和列。
  import leads FILE [options]          同上，导入线索（只新建；电话或电子邮件
                                       已存在的线索会被跳过）。
  import orders FILE [options]         订单：编号、客户（编号、电话、电子邮件
                                       或完整名称，或者客户的电话列和
                                       电子邮件列）、日期、金额、状态。
                                       --create-customers 会为未知的名称
                                       新建客户。
  import list                          以往的导入，最新的在前。
  import revert ID                     撤销整次导入：新建的客户移入回收站，
                                       被更新的客户恢复原值；导入后尚未
                                       转化的线索判为无效；
                                       导入的订单被取消。

列根据英文和中文表头自动识别；--show-mapping 显示识别结果，
--map 修改映射，--save-profile NAME 保存映射，--profile NAME
再次使用已保存的映射（每种记录各有自己保存的映射，与导入向导
共用）。

导入是一个事务：除非给出 --skip-invalid，否则只要有一行无效，就
不写入任何内容，并把每个问题连同行号和列输出到标准错误
（退出码 2）。</translation>
    </message>
    <message>
        <source>record %1, column “%2”: %3</source>
        <translation>第 %1 条记录，“%2”列：%3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values kept that need checking.</source>
        <translation>
            <numerusform>……另有 %n 个已保留但需要检查的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no saved mapping “%1”; the saved ones are: %2.</source>
        <translation>没有已保存的映射“%1”；已保存的映射有：%2。</translation>
    </message>
    <message>
        <source>--region: “%1” is no region code; use a two-letter code such as CN, HK, TW, US or GB.</source>
        <translation>--region：“%1”不是国家或地区代码；请使用两个字母的代码，如 CN、HK、TW、US 或 GB。</translation>
    </message>
    <message>
        <source>Import %1 reverted. Orders cancelled: %2. Orders kept because money was received or written off since: %3.</source>
        <translation>已撤销导入 %1。已取消的订单：%2。因之后已有回款或核销而保留的订单：%3。</translation>
    </message>
    <message>
        <source>Column mapping over the guess: HEADER=FIELD or NUMBER=FIELD, comma separated; FIELD is name, given_name, family_name, kind, company, job_title, phone, email, province, city, address, industry, source, stage, owner, tags, notes, birthday, next_follow_up, id, custom:ID or ignore. Leads take name, company, job_title, phone, email, province, city, industry, source, campaign, product, owner and notes; orders take number, customer, customer_phone, customer_email, date, amount, status and currency.</source>
        <translation>覆盖自动识别的列映射：表头=字段 或 列号=字段，以逗号分隔；字段可以是 name、given_name、family_name、kind、company、job_title、phone、email、province、city、address、industry、source、stage、owner、tags、notes、birthday、next_follow_up、id、custom:编号 或 ignore。线索使用 name、company、job_title、phone、email、province、city、industry、source、campaign、product、owner 和 notes；订单使用 number、customer、customer_phone、customer_email、date、amount、status 和 currency。</translation>
    </message>
    <message>
        <source>Use a column mapping saved for this kind of record (here or in the import wizard); --map goes over it.</source>
        <translation>使用为此类记录保存的列映射（在此处或在导入向导中保存的均可）；--map 会覆盖其中的设置。</translation>
    </message>
    <message>
        <source>Save the mapping used under this name, for --profile and the import wizard.</source>
        <translation>以此名称保存所用的映射，供 --profile 和导入向导使用。</translation>
    </message>
    <message>
        <source>Country or region of phone numbers written without + or 00, as a two-letter code: CN, HK, TW, US, GB... (default: the one in Settings).</source>
        <translation>不带 + 或 00 的电话号码所属的国家或地区，用两个字母的代码表示：CN、HK、TW、US、GB 等（默认：“设置”中的国家或地区）。</translation>
    </message>
    <message>
        <source>How complete, valid, unique and current the customers are: one score
from 0 to 100 with its formula, each check&apos;s figures, and the same per
salesperson. Customers in the trash are left out.

  quality                      The score, the checks and the salespeople.
  quality --owner NAME         One salesperson&apos;s figures (login or name).
  quality --months N           &quot;Recently touched&quot; means within N months
                               (default 6).
  quality --list CHECK         The customers failing CHECK, oldest first
                               (--limit N, default 100), with what is wrong.

Checks: name, contact, owner, city, source, company (completeness); phones,
emails, dates (validity); duplicates (uniqueness); overdue, planned, touched
(timeliness). --format json prints the same as one object; text is the
default.</source>
        <translation>客户数据的完整性、有效性、唯一性和及时性：一个 0 到 100 的
评分及其计算公式、每项检查的数据，以及按销售员的同样数据。
回收站中的客户不计入。

  quality                      评分、各项检查和各销售员的情况。
  quality --owner NAME         单个销售员的数据（登录名或姓名）。
  quality --months N           “近期有活动”指 N 个月以内
                               （默认 6）。
  quality --list CHECK         未通过 CHECK 的客户，最早的在前
                               （--limit N，默认 100），并列出问题所在。

检查项：name、contact、owner、city、source、company（完整性）；
phones、emails、dates（有效性）；duplicates（唯一性）；overdue、
planned、touched（及时性）。--format json 将同样的内容输出为一个
对象；默认输出文本。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Data quality: %1 / 100</source>
        <translation>数据质量：%1 / 100</translation>
    </message>
    <message>
        <source>Data quality of %1: %2 / 100</source>
        <translation>%1 的数据质量：%2 / 100</translation>
    </message>
    <message numerus="yes">
        <source>(%n customer(s) on %1)</source>
        <translation>
            <numerusform>（%1，共 %n 个客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>By salesperson, lowest score first:</source>
        <translation>按销售员，得分最低的在前：</translation>
    </message>
    <message>
        <source>--limit “%1” is not a number of customers above 0.</source>
        <translation>--limit“%1”不是大于 0 的客户数。</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需修正的问题</translation>
    </message>
    <message>
        <source>--owner “%1” is no team member; see guanxi-cli users list.</source>
        <translation>--owner“%1”不是团队成员；请查看 guanxi-cli users list。</translation>
    </message>
    <message>
        <source>the data-quality score</source>
        <translation>数据质量评分</translation>
    </message>
    <message>
        <source>Only this salesperson&apos;s customers.</source>
        <translation>只看此销售员的客户。</translation>
    </message>
    <message>
        <source>Recently touched: within N months (default 6).</source>
        <translation>近期有活动：N 个月以内（默认 6）。</translation>
    </message>
    <message>
        <source>List the customers failing this check.</source>
        <translation>列出未通过此检查项的客户。</translation>
    </message>
    <message>
        <source>List at most N customers (default 100).</source>
        <translation>最多列出 N 个客户（默认 100）。</translation>
    </message>
    <message>
        <source>--months “%1” is not a number of months from 1 to 120.</source>
        <translation>--months“%1”不是 1 到 120 之间的月数。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate to %1</source>
        <translation>兑 %1 汇率</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Base currency: %1</source>
        <translation>本位币：%1</translation>
    </message>
    <message>
        <source>rates set CURRENCY RATE --from DATE, e.g. rates set USD 7.1234 --from 2026-01-01</source>
        <translation>rates set 币种 汇率 --from 日期，例如 rates set USD 7.1234 --from 2026-01-01</translation>
    </message>
    <message>
        <source>rates remove CURRENCY --from DATE</source>
        <translation>rates remove 币种 --from 日期</translation>
    </message>
    <message>
        <source>There is no rate for %1 from %2; `guanxi-cli rates list` shows the rates.</source>
        <translation>没有 %1 自 %2 起生效的汇率；用 `guanxi-cli rates list` 查看汇率。</translation>
    </message>
    <message>
        <source>rates import FILE (columns currency, rate, valid_from or 币种, 汇率, 生效日期)</source>
        <translation>rates import 文件（列：currency、rate、valid_from 或 币种、汇率、生效日期）</translation>
    </message>
    <message numerus="yes">
        <source>imported %n rate(s).</source>
        <translation>
            <numerusform>已导入 %n 条汇率。</numerusform>
        </translation>
    </message>
    <message>
        <source>rates base [CURRENCY]</source>
        <translation>rates base [币种]</translation>
    </message>
    <message>
        <source>list, set, remove, import or base</source>
        <translation>list、set、remove、import 或 base</translation>
    </message>
    <message>
        <source>Currency rates: what one unit of a currency is worth in the base currency, from a day on. Sums and reports convert each order at the rate on its order date and each deal at the rate on its close date (open deals: the expected close date, else today).

  rates list                       The rates; on stderr the base currency and the currencies lacking a rate.
  rates set CURRENCY RATE --from DATE   Add a rate, or replace that day&apos;s.
  rates remove CURRENCY --from DATE
  rates import FILE                A CSV with currency, rate, valid_from (or 币种, 汇率, 生效日期); all rows or none.
  rates base [CURRENCY]            Show or set the base currency (default CNY).</source>
        <translation>汇率：某币种的一个单位自某天起折合多少本位币。合计和报表中，每个订单按其订单日期的汇率换算，每个商机按其结束日期的汇率换算（进行中的商机：按预计成交日期，没有则按今天）。

  rates list                       列出汇率；本位币和缺少汇率的币种输出到标准错误。
  rates set CURRENCY RATE --from DATE   添加一条汇率，或替换当天的汇率。
  rates remove CURRENCY --from DATE
  rates import FILE                导入 CSV，列为 currency、rate、valid_from（或 币种、汇率、生效日期）；要么全部导入，要么全不导入。
  rates base [CURRENCY]            显示或设置本位币（默认 CNY）。</translation>
    </message>
    <message>
        <source>The day the rate is valid from (set, remove).</source>
        <translation>汇率的生效日期（set、remove）。</translation>
    </message>
    <message>
        <source>unknown action “rates %1”.</source>
        <translation>未知的操作“rates %1”。</translation>
    </message>
    <message>
        <source>Customers with purchases: %1, reference date %2; clusters: %3 (suggested %4), silhouette %5.</source>
        <translation>有购买记录的客户：%1，参考日期 %2；聚类数：%3（建议 %4），轮廓系数 %5。</translation>
    </message>
    <message>
        <source>Reports for managers, to the screen or to files they can send.

Every report takes:
  --from DATE, --to DATE   the window (either end may be left open)
  --currency CODE          only orders and deals in this currency, not
                           converted (default: every currency, amounts in the
                           base currency at the rate on each record&apos;s date;
                           see `guanxi-cli rates`; the report names the rates
                           used and what had no rate)
  --format table|csv|json  to the screen (the main table; JSON: every table)
  --format csv|json|xlsx|pdf -o FILE   to a file, written atomically; without
                           --format the file&apos;s suffix decides. XLSX has one
                           sheet per table, PDF the title, filters, charts
                           and tables.

Reports:
</source>
        <translation>供管理人员使用的报表，输出到屏幕，或输出为可以发送的文件。

每个报表都接受：
  --from DATE, --to DATE   时间范围（任一端都可以不限）
  --currency CODE          只统计此币种的订单和商机，不换算
                           （默认：所有币种，金额按每条记录
                           日期当天的汇率换算为本位币；见
                           `guanxi-cli rates`；报表会列出所用的
                           汇率以及缺少汇率的记录）
  --format table|csv|json  输出到屏幕（主表；JSON：所有表）
  --format csv|json|xlsx|pdf -o FILE   输出到文件，以原子方式写入；
                           不给 --format 时由文件后缀决定。
                           XLSX 每张表一个工作表，PDF 包含
                           标题、筛选条件、图表和表格。

报表：
</translation>
    </message>
    <message>
        <source>Customers with purchases: %1, reference date %2; left out for no purchase in the window: %3.</source>
        <translation>有购买记录的客户：%1，参考日期 %2；因时间窗口内无购买而未计入：%3。</translation>
    </message>
    <message>
        <source>RFM: orders (not quotes or contracts) that are signed, delivered or paid (never cancelled or drafts) in the window; R = days from the last purchase to the reference date (default: the day after the latest purchase), F = orders, M = their sum. Scores 1-5 by quintiles (linear method); segments 重要价值/发展/保持/挽留 and 一般价值/发展/保持/挽留 against the means. Columns: customer_id, customer_name, recency_days, frequency, monetary (in the base currency&apos;s main unit, or --currency&apos;s), r, f, m, segment, segment_code. Files also get the segment counts and the quintile cut points. Customers without a purchase in the window are counted on stderr.</source>
        <translation>RFM：时间范围内已签约、已交付或已付清的订单（不含报价和合同，也从不计入已取消的订单和草稿）；R = 从最近一次购买到参考日期的天数（默认：最近一次购买的次日），F = 订单数，M = 订单金额合计。按五分位（线性方法）评 1-5 分；与均值比较，分为 重要价值/发展/保持/挽留 和 一般价值/发展/保持/挽留 客户。列：customer_id, customer_name, recency_days, frequency, monetary（以本位币的主单位计，或以 --currency 指定币种的主单位计）, r, f, m, segment, segment_code。导出文件还包含各分层的客户数和五分位切分点。时间范围内没有购买的客户数输出到标准错误。</translation>
    </message>
    <message>
        <source>Only orders and deals in this currency, not converted (default: all, in the base currency).</source>
        <translation>只统计此币种的订单和商机，不换算（默认：所有币种，换算为本位币）。</translation>
    </message>
    <message>
        <source>The sales funnel for deals whose customers are not in the trash. Per stage (open stages in order, then won): deals that first entered it in the window (a deal that skips stages counts as having passed them), their amount, how many of those reached a later stage by now (conversion), deals lost at the stage, and the average days of the stays in the stage that began in the window and have ended. Files also get won/lost and the win rate (won / (won + lost) of deals closed in the window) and tables by salesperson and by source. --owner is the deal&apos;s owner, --source the customer&apos;s channel. Dates are local; open ends take everything.</source>
        <translation>客户不在回收站中的商机的销售漏斗。每个阶段（先按顺序列出进行中的阶段，然后是赢单）：在时间范围内首次进入该阶段的商机（跳过阶段的商机视为经过了这些阶段）、其金额、其中至今已进入后续阶段的数量（转化）、在该阶段输单的商机，以及在时间范围内开始且已结束的阶段停留的平均天数。导出文件还包含赢单/输单数和赢单率（时间范围内结束的商机中 赢单 / (赢单 + 输单)），以及按销售人员和按来源的表。--owner 是商机的负责人，--source 是客户的来源渠道。日期按本地时间；不限的一端包含全部。</translation>
    </message>
    <message>
        <source>Receivables (应收) as of today: what signed, delivered and paid orders still owe after payments and write-offs, by customer (columns customer_id, customer, orders, days_0_30, days_31_60, days_61_90, days_over_90, total, oldest_days), most owed first. Ages count from the order date. Files also get the totals by age and every order with money owed. --from/--to pick orders by their order date, --owner is the order&apos;s salesperson, --source the customer&apos;s channel.</source>
        <translation>截至今天的应收（应收账款）：已签约、已交付和已付清的订单在扣除付款和核销后仍欠的金额，按客户列出（列 customer_id、customer、orders、days_0_30、days_31_60、days_61_90、days_over_90、total、oldest_days），欠款最多的在前。账龄从订单日期算起。导出文件还包含按账龄的合计和每一笔有欠款的订单。--from/--to 按订单日期选择订单，--owner 是订单的销售人员，--source 是客户的来源渠道。</translation>
    </message>
    <message>
        <source>Pipeline (%1)</source>
        <translation>商机金额（%1）</translation>
    </message>
    <message>
        <source>Weighted (%1)</source>
        <translation>加权金额（%1）</translation>
    </message>
    <message numerus="yes">
        <source>No rate: %n order(s) or deal(s) in %1 dated %2 to %3</source>
        <translation>
            <numerusform>缺少汇率：%2 至 %3 期间的 %n 个 %1 订单或商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 row(s) are invalid; nothing was imported. Fix them, or use --skip-invalid --rejects FILE to import the valid rows.</source>
        <translation>
            <numerusform>%1 行中有 %n 行无效；未导入任何内容。请修正这些行，或使用 --skip-invalid --rejects 文件 只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>--status: “%1” is not an order status; use one of: %2.</source>
        <translation>--status：“%1”不是订单状态；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Orders: the status of orders the file gives none (it has no status column, or the cell is empty): %1. A paid order is recorded as settled.</source>
        <translation>订单：文件未给出状态的订单（没有状态列，或单元格为空）所用的状态：%1。已回款的订单会记为已结清。</translation>
    </message>
    <message>
        <source>Status (add, list, status; import: of orders the file gives none).</source>
        <translation>状态（add、list、status；import：文件未给出状态的订单所用的状态）。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date; write it like 2026-03-31 or 2026-03-31T09:30:00.</source>
        <translation>--%1“%2”不是日期；请写成 2026-03-31 或 2026-03-31T09:30:00 这样。</translation>
    </message>
    <message>
        <source>unknown --action “%1”; use one of %2.</source>
        <translation>未知的 --action“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>The audit trail, newest first.</source>
        <translation>审计日志，最新的在前。</translation>
    </message>
    <message>
        <source>Only this member&apos;s events (write it as --user LOGIN after “audit”).</source>
        <translation>只看此成员的事件（在“audit”之后写 --user LOGIN）。</translation>
    </message>
    <message>
        <source>Only this kind of event (login, login_failed, export...).</source>
        <translation>只看此类事件（login、login_failed、export...）。</translation>
    </message>
    <message>
        <source>From this date or date-time.</source>
        <translation>从此日期或日期时间开始。</translation>
    </message>
    <message>
        <source>Up to this date (included) or date-time.</source>
        <translation>截至此日期（含当天）或日期时间。</translation>
    </message>
    <message>
        <source>At most this many events (default 5000).</source>
        <translation>最多显示多少条事件（默认 5000）。</translation>
    </message>
    <message>
        <source>Logins, failed logins, exports, imports, merges and changes to users and
permissions, newest first. --user LOGIN after “audit” keeps that member&apos;s
events; the login to act as comes before “audit” or from GUANXI_USER.
Needs the permission to view the audit trail.</source>
        <translation>登录、登录失败、导出、导入、合并以及对用户和权限的更改，
最新的在前。在“audit”之后写 --user LOGIN 只保留该成员的
事件；以哪个登录名执行写在“audit”之前，或取自 GUANXI_USER。
需要查看审计日志的权限。</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Login typed</source>
        <translation>输入的登录名</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>An encrypted backup needs its passphrase: type it at the prompt, or set %1.</source>
        <translation>加密备份需要口令：请在提示时输入，或设置 %1。</translation>
    </message>
    <message numerus="yes">
        <source>New backup passphrase (at least %n characters): </source>
        <translation>
            <numerusform>新的备份口令（至少 %n 个字符）： </numerusform>
        </translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令： </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入口令： </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written. Run the command again.</source>
        <translation>两次输入的口令不一致，未写入任何内容。请重新运行该命令。</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it the backup cannot be restored, by anyone.</source>
        <translation>请妥善保管口令：没有口令，任何人都无法恢复此备份。</translation>
    </message>
    <message>
        <source>Writes a consistent backup of the database with SQLite&apos;s online backup API (safe while the app is
open), checks it with integrity_check, and makes it readable by you only.

  backup FILE                      One backup to FILE (replaced only once the new one checks out).
  backup --folder DIR [--keep N]   A dated backup in DIR; the oldest beyond N (default 7) are removed.
  backup --list --folder DIR       The backups in DIR, newest first.

With --encrypt the checked backup is encrypted with a passphrase (Argon2id, XChaCha20-Poly1305), typed
twice without echo or taken from GUANXI_BACKUP_PASSPHRASE. A lost passphrase cannot be recovered.</source>
        <translation>用 SQLite 的在线备份 API 写入一份一致的数据库备份（程序打开时也可安全执行），
用 integrity_check 检查，并设为仅您本人可读。

  backup FILE                      备份到 FILE（新备份检查通过后才替换原有文件）。
  backup --folder DIR [--keep N]   在 DIR 中写入带日期的备份；超出 N 份（默认 7）的最旧备份将被删除。
  backup --list --folder DIR       列出 DIR 中的备份，最新的在前。

使用 --encrypt 时，检查通过的备份会用口令加密（Argon2id、XChaCha20-Poly1305），口令
需输入两次（不回显），或取自 GUANXI_BACKUP_PASSPHRASE。口令丢失后无法找回。</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase.</source>
        <translation>用口令加密备份。</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Replaces the database with a backup. The backup is checked first (integrity, a Guanxi file, not from a
newer version); the current file is kept beside it as NAME.before-restore-DATE. Close the app first.
An encrypted backup asks for its passphrase (or takes GUANXI_BACKUP_PASSPHRASE); a wrong one, or a
backup changed after it was written, is refused and the current file left as it was.</source>
        <translation>用备份替换数据库。先检查备份（完整性、是否为 Guanxi 文件、是否来自更新的版本）；
当前文件以 NAME.before-restore-DATE 的名称保留在旁边。请先关闭程序。
加密备份会要求输入口令（或取自 GUANXI_BACKUP_PASSPHRASE）；口令错误或备份在写入后
被更改时，将拒绝恢复，当前文件保持不变。</translation>
    </message>
    <message>
        <source>Log in as this team member (also GUANXI_USER). Needed when the file has more than one user or any password; otherwise the first administrator.</source>
        <translation>以此团队成员的身份登录（也可用 GUANXI_USER）。文件中有多个用户或设有任何密码时必须指定；否则使用第一个管理员。</translation>
    </message>
    <message>
        <source>Read the --user&apos;s password from the first line of this file; otherwise from GUANXI_PASSWORD, else asked on the terminal.</source>
        <translation>从此文件的第一行读取 --user 的密码；否则取自 GUANXI_PASSWORD，都没有则在终端中询问。</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2. Check the name and that you may read it.</source>
        <translation>无法读取密码文件 %1：%2。请检查文件名，以及您是否有权读取该文件。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s after earlier wrong passwords…</source>
        <translation>
            <numerusform>之前的密码输入错误，请等待 %n 秒…</numerusform>
        </translation>
    </message>
    <message>
        <source>--user “%1”: %2</source>
        <translation>--user“%1”：%2</translation>
    </message>
    <message>
        <source>This file has more than one team member or a password: say who you are with --user LOGIN (or GUANXI_USER).</source>
        <translation>此文件有多个团队成员或设有密码：请用 --user LOGIN（或 GUANXI_USER）说明您的身份。</translation>
    </message>
    <message>
        <source>Team members, their passwords, roles and teams; offboarding; what each role may do.</source>
        <translation>团队成员及其密码、角色和团队；离职停用与移交；各角色的权限。</translation>
    </message>
    <message>
        <source>The audit trail: logins, failed logins, exports, user changes.</source>
        <translation>审计日志：登录、登录失败、导出、用户变更。</translation>
    </message>
    <message>
        <source>Log in as this team member (also GUANXI_USER).</source>
        <translation>以此团队成员的身份登录（也可用 GUANXI_USER）。</translation>
    </message>
    <message>
        <source>The password on the file&apos;s first line; else GUANXI_PASSWORD, else asked.</source>
        <translation>文件第一行中的密码；否则取自 GUANXI_PASSWORD，都没有则询问。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage error, 2 data or file error, a wrong password or an unknown login (the message on stderr names the file and the problem), 3 the role of the --user lacks a permission the command needs (the message names it).</source>
        <translation>退出码：0 成功；1 用法错误；2 数据或文件错误、密码错误或登录名未知（标准错误中的消息会指出文件和问题）；3 --user 的角色缺少该命令所需的权限（消息会指出是哪项权限）。</translation>
    </message>
    <message>
        <source>unknown permission “%1”; use %2.</source>
        <translation>未知的权限“%1”；请使用 %2。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>users permissions --role manager|sales [--grant CODES] [--revoke CODES]</source>
        <translation>users permissions --role manager|sales [--grant CODES] [--revoke CODES]</translation>
    </message>
    <message>
        <source>New password for %1 (Enter for none): </source>
        <translation>%1 的新密码（直接按 Enter 表示不设密码）： </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码： </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed. Run the command again.</source>
        <translation>两次输入的密码不一致，未做任何更改。请重新运行该命令。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <source>users passwd LOGIN (the new password typed twice, or GUANXI_NEW_PASSWORD)</source>
        <translation>users passwd LOGIN（新密码输入两次，或取自 GUANXI_NEW_PASSWORD）</translation>
    </message>
    <message>
        <source>no new password: type it on a terminal, or set GUANXI_NEW_PASSWORD.</source>
        <translation>没有新密码：请在终端中输入，或设置 GUANXI_NEW_PASSWORD。</translation>
    </message>
    <message>
        <source>users role LOGIN --role admin|manager|sales</source>
        <translation>users role 登录名 --role admin|manager|sales</translation>
    </message>
    <message>
        <source>users team LOGIN --team TEAM [--manager LOGIN]</source>
        <translation>users team 登录名 --team 团队 [--manager 登录名]</translation>
    </message>
    <message>
        <source>users deactivate LOGIN --to LOGIN | --to-pool</source>
        <translation>users deactivate 登录名 --to 登录名 | --to-pool</translation>
    </message>
    <message>
        <source>%1 is deactivated; their records went to %2.</source>
        <translation>%1 已停用；其记录已移交给 %2。</translation>
    </message>
    <message>
        <source>%1 is deactivated; their customers and leads went to the pool, their deals and orders to their manager or an administrator.</source>
        <translation>%1 已停用；其客户和线索已退回公海，商机和订单已移交给其销售经理或管理员。</translation>
    </message>
    <message>
        <source>users reactivate LOGIN</source>
        <translation>users reactivate 登录名</translation>
    </message>
    <message>
        <source>list, add, passwd, role, team, deactivate, reactivate or permissions</source>
        <translation>list、add、passwd、role、team、deactivate、reactivate 或 permissions</translation>
    </message>
    <message>
        <source>admin, manager or sales (add: default sales).</source>
        <translation>admin、manager 或 sales（add 时默认为 sales）。</translation>
    </message>
    <message>
        <source>The team&apos;s name (a manager sees their team&apos;s records).</source>
        <translation>团队名称（销售经理可以查看本团队的记录）。</translation>
    </message>
    <message>
        <source>The login of the member&apos;s manager.</source>
        <translation>该成员的销售经理的登录名。</translation>
    </message>
    <message>
        <source>deactivate: hand the records to this colleague (login).</source>
        <translation>deactivate：将记录移交给这位同事（登录名）。</translation>
    </message>
    <message>
        <source>deactivate: return the records to the public pool.</source>
        <translation>deactivate：将记录退回公海。</translation>
    </message>
    <message>
        <source>permissions: codes to grant to --role, comma-separated.</source>
        <translation>permissions：要授予 --role 的权限代码，以逗号分隔。</translation>
    </message>
    <message>
        <source>permissions: codes to take from --role, comma-separated.</source>
        <translation>permissions：要从 --role 收回的权限代码，以逗号分隔。</translation>
    </message>
    <message>
        <source>Team members: list, add, set a password, a role or a team, deactivate (handing their
records to a colleague or the pool) and reactivate; what each role may do.
New passwords come from GUANXI_NEW_PASSWORD or are typed twice on the terminal.</source>
        <translation>团队成员：列出、添加、设置密码、角色或团队，停用（将其记录移交给
同事或退回公海）和重新启用；查看各角色可以做什么。
新密码取自 GUANXI_NEW_PASSWORD，或在终端中输入两次。</translation>
    </message>
    <message>
        <source>unknown action “users %1”; use list, add, passwd, role, team, deactivate, reactivate or permissions.</source>
        <translation>未知操作“users %1”；请使用 list、add、passwd、role、team、deactivate、reactivate 或 permissions。</translation>
    </message>
    <message>
        <source>The Guanxi database: a file (default: %1), or a team database on a PostgreSQL server, postgresql://user@host/database or host=… dbname=… user=… (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Guanxi 数据库：一个文件（默认：%1），或 PostgreSQL 服务器上的团队数据库，写作 postgresql://user@host/database 或 host=… dbname=… user=…（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>Set up the team database named by --database on a PostgreSQL server.</source>
        <translation>在 PostgreSQL 服务器上设置由 --database 指定的团队数据库。</translation>
    </message>
    <message>
        <source>Copy a whole database into a new file or team database, checked.</source>
        <translation>将整个数据库复制到新的文件或团队数据库中，并加以核对。</translation>
    </message>
    <message>
        <source>The database file (default: the application data folder), or a team database: postgresql://user@host/database.</source>
        <translation>数据库文件（默认：应用数据文件夹），或团队数据库：postgresql://user@host/database。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli [--database FILE|ADDRESS] [--format table|csv|json] COMMAND ...</source>
        <translation>用法：guanxi-cli [--database 文件|地址] [--format table|csv|json] 命令 ...</translation>
    </message>
    <message>
        <source>“%1” exists already; copy into a new file (or remove that one first).</source>
        <translation>“%1”已存在；请复制到一个新文件（或先删除该文件）。</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>SRC</source>
        <translation>SRC</translation>
    </message>
    <message>
        <source>DST</source>
        <translation>DST</translation>
    </message>
    <message>
        <source>  db copy SRC DST   Copies a whole database into a new one. Each side is a file or a team database on a
                    PostgreSQL server (postgresql://user@host/db): a shop&apos;s file onto its server, or the
                    team database into a file (leaving the team, a portable backup). Ids are kept, the
                    search index is rebuilt, and every table&apos;s rows and checksum are compared before the
                    target&apos;s one transaction commits. The target must be new (a server database is
                    created when missing). Needs an administrator (--user) on a source with logins.</source>
        <translation>  db copy SRC DST   将整个数据库复制到一个新数据库中。两端各为一个文件，或 PostgreSQL 服务器上的
                    团队数据库（postgresql://user@host/db）：可将原有的文件复制到自己的服务器上，
                    或将团队数据库复制到文件中（用于离开团队，或作为便携备份）。编号保持不变，
                    搜索索引会重建；在目标的单个事务提交之前，会逐表比对行数和校验和。
                    目标必须是新的（服务器上的数据库不存在时会自动创建）。源数据库设有登录名时，
                    需要以管理员身份登录（--user）。</translation>
    </message>
    <message>
        <source>db needs an action: copy.</source>
        <translation>db 需要一个操作：copy。</translation>
    </message>
    <message>
        <source>unknown action “db %1”; use copy.</source>
        <translation>未知操作“db %1”；请使用 copy。</translation>
    </message>
    <message>
        <source>db copy needs the source and the target: db copy SRC DST.</source>
        <translation>db copy 需要源和目标：db copy SRC DST。</translation>
    </message>
    <message>
        <source>the source and the target are the same database.</source>
        <translation>源和目标是同一个数据库。</translation>
    </message>
    <message>
        <source>Copying a whole database needs someone who sees every record (an administrator); log in as one with --user.</source>
        <translation>复制整个数据库需要能看到所有记录的人（管理员）；请用 --user 以管理员身份登录。</translation>
    </message>
    <message>
        <source>Copying: %1 %</source>
        <translation>正在复制：%1 %</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256（开头）</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s; every table&apos;s rows and checksum match.</source>
        <translation>已在 %4 秒内将 %1 行从 %2 复制到 %3；每张表的行数和校验和均一致。</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>  server init   Sets up a team database on a PostgreSQL server the shop already runs: creates the database named in
--database (with the sort order and character set Guanxi needs) when it is not there, then its tables.
Run it as a login that may create databases, for example:
  guanxi-cli --database postgresql://postgres@office-pc/guanxi server init
Running it again on a set-up database only upgrades it. See docs/TEAM.md.</source>
        <translation>  server init   在本单位已有的 PostgreSQL 服务器上设置团队数据库：如果 --database 中指定的数据库不存在，
就先创建它（使用 Guanxi 所需的排序规则和字符集），再创建其中的表。
请以有权创建数据库的登录名运行，例如：
  guanxi-cli --database postgresql://postgres@office-pc/guanxi server init
对已设置好的数据库再次运行，只会升级它。详见 docs/TEAM.md。</translation>
    </message>
    <message>
        <source>server needs an action: init.</source>
        <translation>server 需要一个操作：init。</translation>
    </message>
    <message>
        <source>unknown action “server %1”; use init.</source>
        <translation>未知操作“server %1”；请使用 init。</translation>
    </message>
    <message>
        <source>server init needs --database with a server address, such as postgresql://postgres@office-pc/guanxi.</source>
        <translation>server init 需要用 --database 给出服务器地址，例如 postgresql://postgres@office-pc/guanxi。</translation>
    </message>
    <message>
        <source>Created the team database %1 (data version %2).</source>
        <translation>已创建团队数据库 %1（数据版本 %2）。</translation>
    </message>
    <message>
        <source>The team database %1 is ready (data version %2).</source>
        <translation>团队数据库 %1 已就绪（数据版本 %2）。</translation>
    </message>
    <message>
        <source>a team database is backed up on its server with pg_dump (see docs/TEAM.md); to copy it into a Guanxi file, use db copy.</source>
        <translation>团队数据库在其服务器上用 pg_dump 备份（见 docs/TEAM.md）；要把它复制成 Guanxi 文件，请用 db copy。</translation>
    </message>
    <message>
        <source>a team database is restored on its server with pg_restore (see docs/TEAM.md), or filled from a Guanxi file with db copy.</source>
        <translation>团队数据库在其服务器上用 pg_restore 恢复（见 docs/TEAM.md），或用 db copy 从 Guanxi 文件填入。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Refuse if the deal changed since it was at this version (move).</source>
        <translation>若商机在此版本之后已被修改则拒绝（move）。</translation>
    </message>
    <message>
        <source>--version takes a version number (1 or more).</source>
        <translation>--version 需要一个版本号（1 或更大）。</translation>
    </message>
    <message>
        <source>--version takes the version number a list or show printed.</source>
        <translation>--version 需要 list 或 show 打印出的版本号。</translation>
    </message>
    <message>
        <source>Refuse if the lead changed since this version (list, show) was read (qualify, disqualify).</source>
        <translation>若线索在读取此版本（list、show）之后已被修改则拒绝（qualify、disqualify）。</translation>
    </message>
</context>
<context>
    <name>ClusterAnalysis</name>
    <message>
        <source>Customer clusters (k-means on RFM)</source>
        <translation>客户聚类（基于 RFM 的 k-means）</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>特征：%1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>随机种子：%1</translation>
    </message>
    <message>
        <source>Clusters: %1, the suggested number (best silhouette)</source>
        <translation>客户群数：%1，即建议值（轮廓系数最佳）</translation>
    </message>
    <message>
        <source>Clusters: %1 asked for, %2 made, because only %2 customer profiles differ</source>
        <translation>客户群数：要求 %1 个，实际分成 %2 个，因为只有 %2 种不同的客户画像</translation>
    </message>
    <message>
        <source>Clusters: %1 (suggested: %2)</source>
        <translation>客户群数：%1（建议值：%2）</translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>客户群数：%1</translation>
    </message>
    <message>
        <source>Silhouette scores on a sample of %1 of %2 customers</source>
        <translation>轮廓系数基于从 %2 个客户中抽样的 %1 个客户计算</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>客户群画像</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>平均最近购买间隔（天）</translation>
    </message>
    <message>
        <source>Mean frequency (orders)</source>
        <translation>平均购买频次（订单数）</translation>
    </message>
    <message>
        <source>Mean monetary</source>
        <translation>平均消费金额</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Commonest segment</source>
        <translation>最常见的分层</translation>
    </message>
    <message>
        <source>Customers and their clusters</source>
        <translation>客户及其所属客户群</translation>
    </message>
    <message>
        <source>Silhouette by number of clusters</source>
        <translation>不同客户群数的轮廓系数</translation>
    </message>
    <message>
        <source>Clusters asked for</source>
        <translation>要求的客户群数</translation>
    </message>
    <message>
        <source>Clusters made</source>
        <translation>实际客户群数</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Customers by recency and monetary value, by cluster</source>
        <translation>各客户群客户的最近购买间隔与消费金额</translation>
    </message>
    <message>
        <source>Customers per cluster</source>
        <translation>各客户群的客户数</translation>
    </message>
    <message>
        <source>Revenue share per cluster</source>
        <translation>各客户群的销售额占比</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>客户群名称</translation>
    </message>
</context>
<context>
    <name>CohortAnalysis</name>
    <message>
        <source>Show between 0 and %1 months after the first purchase.</source>
        <translation>只能显示首次购买后 0 到 %1 个月。</translation>
    </message>
    <message>
        <source>Retention by first-purchase month</source>
        <translation>按首次购买月份的客户留存</translation>
    </message>
    <message>
        <source>Retention (share)</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Retention (customers)</source>
        <translation>留存客户数</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Share of each cohort buying again, by months since the first purchase</source>
        <translation>各同期群在首次购买后各月的再次购买占比</translation>
    </message>
</context>
<context>
    <name>CsvStream</name>
    <message>
        <source>Line %1: the file could not be read any further (%2). Check that it is still there, for example that a USB stick or network drive is connected, and import it again.</source>
        <translation>第 %1 行：无法继续读取文件（%2）。请检查文件是否仍然存在，例如 U 盘或网络驱动器是否已连接，然后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: this record is longer than %L2 characters, which usually means that a quote (&quot;) on this line is never closed. Check the quotes on that line.</source>
        <translation>第 %1 行：此记录超过 %L2 个字符，这通常说明该行有一个引号（&quot;）没有闭合。请检查该行的引号。</translation>
    </message>
    <message>
        <source>Line %1: some characters cannot be read as %2. Choose another encoding in the import preview, or open the file in Excel, save it as “CSV UTF-8” and import that file.</source>
        <translation>第 %1 行：部分字符无法按 %2 读取。请在导入预览中选择其他编码，或在 Excel 中打开该文件，另存为“CSV UTF-8”后导入新文件。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts on this line but its closing quote (&quot;) is missing, so the rest of the file would be one cell. Add the missing quote, or check whether the file was cut off.</source>
        <translation>第 %1 行：此行开始了一个带引号的字段，但缺少结尾的引号（&quot;），文件的其余部分会变成同一个单元格。请补上缺失的引号，或检查文件是否被截断。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Guanxi can read. Choose one from the list.</source>
        <translation>“%1”不是 Guanxi 能读取的编码。请从列表中选择一种编码。</translation>
    </message>
    <message>
        <source>The file is not open for reading. Choose it again.</source>
        <translation>文件未以读取方式打开。请重新选择该文件。</translation>
    </message>
    <message>
        <source>The file cannot be read from its start (%1). Copy it to a local folder and import the copy.</source>
        <translation>无法从头读取该文件（%1）。请将其复制到本地文件夹，然后导入副本。</translation>
    </message>
    <message>
        <source>The file is empty. Choose the file that holds the data.</source>
        <translation>文件为空。请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, choose File &gt; Save As &gt; “CSV UTF-8 (Comma delimited)” and import the saved file.</source>
        <translation>这是 Excel 工作簿，不是 CSV 文件。请在 Excel 中选择“文件 &gt; 另存为”，保存为“CSV UTF-8(逗号分隔)”，然后导入保存的文件。</translation>
    </message>
    <message>
        <source>The file is not text in any encoding Guanxi knows (UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS). Open it in Excel, save it as “CSV UTF-8” and import that file.</source>
        <translation>该文件不是 Guanxi 支持的任何编码（UTF-8、UTF-16、GB18030/GBK、Big5、Shift_JIS）的文本。请在 Excel 中打开它，另存为“CSV UTF-8”后导入新文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that the file exists and that you may open it.</source>
        <translation>无法读取“%1”：%2。请检查文件是否存在，以及您是否有打开权限。</translation>
    </message>
    <message>
        <source>Cannot import “%1”. %2</source>
        <translation>无法导入“%1”。%2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Could not finish writing “%1”: %2. Any earlier file of that name is unchanged.</source>
        <translation>无法完成写入“%1”：%2。原有的同名文件保持不变。</translation>
    </message>
</context>
<context>
    <name>CurrencyRateImport</name>
    <message>
        <source>“%1” is not a date; write it like 2026-01-01.</source>
        <translation>“%1”不是日期；请写成 2026-01-01 这样的格式。</translation>
    </message>
    <message>
        <source>%1 needs the columns currency, rate and valid_from (or 币种, 汇率, 生效日期); its header is “%2”. Nothing was imported.</source>
        <translation>%1 需要 currency、rate 和 valid_from 列（或 币种、汇率、生效日期）；其表头为“%2”。未导入任何内容。</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Nothing was imported.</source>
        <translation>无法打开 %1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2 from %3 is already on line %4.</source>
        <translation>第 %1 行：%2 自 %3 起的汇率已在第 %4 行给出。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Nothing was imported.</source>
        <translation>%1，第 %2 行：%3 未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be read, so nothing was imported. Correct them and import again:
%2</source>
        <translation>
            <numerusform>%1 中有 %n 行无法读取，因此未导入任何内容。请更正后重新导入：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no rates. Nothing was imported.</source>
        <translation>%1 中没有汇率。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>“%1” is not a currency code; use three letters such as USD.</source>
        <translation>“%1”不是有效的货币代码，请使用三个字母，如 USD。</translation>
    </message>
    <message>
        <source>“%1” is not a rate; write how much one unit is worth in the base currency, e.g. 7.1234.</source>
        <translation>“%1”不是有效的汇率；请填写一个单位折合多少本位币，例如 7.1234。</translation>
    </message>
    <message>
        <source>“%1” has more than six decimals; rates are kept to the millionth.</source>
        <translation>“%1”的小数超过六位；汇率最多精确到百万分之一。</translation>
    </message>
    <message>
        <source>“%1” is too large; a rate is at most 100,000.</source>
        <translation>“%1”太大；汇率最大为 100,000。</translation>
    </message>
    <message>
        <source>The rate must be above zero (“%1”).</source>
        <translation>汇率必须大于零（“%1”）。</translation>
    </message>
    <message>
        <source>%1 is the base currency; its rate is always 1. Choose another currency.</source>
        <translation>%1 是本位币，其汇率始终为 1。请选择其他币种。</translation>
    </message>
    <message>
        <source>The rate of %1 must be above zero and at most 100,000.</source>
        <translation>%1 的汇率必须大于零且不超过 100,000。</translation>
    </message>
    <message>
        <source>Enter the date the rate of %1 is valid from, e.g. 2026-01-01.</source>
        <translation>请输入 %1 汇率的生效日期，例如 2026-01-01。</translation>
    </message>
    <message>
        <source>Could not read the currency rates.</source>
        <translation>无法读取汇率。</translation>
    </message>
    <message>
        <source>Could not save the rate of %1 from %2; no rate was changed.</source>
        <translation>无法保存 %1 自 %2 起的汇率；未更改任何汇率。</translation>
    </message>
    <message>
        <source>Could not remove the rate of %1 from %2.</source>
        <translation>无法删除 %1 自 %2 起的汇率。</translation>
    </message>
    <message>
        <source>Could not read the rate of %1.</source>
        <translation>无法读取 %1 的汇率。</translation>
    </message>
    <message>
        <source>No rate for %1 on %2: add one in Tools › Currency Rates.</source>
        <translation>%1 在 %2 没有汇率：请在“工具 › 汇率”中添加。</translation>
    </message>
    <message>
        <source>Could not find the rates the amounts were converted at.</source>
        <translation>无法找到金额换算所用的汇率。</translation>
    </message>
    <message>
        <source>Could not find the currencies of the orders.</source>
        <translation>无法找到订单的币种。</translation>
    </message>
    <message>
        <source>Amounts in %1; other currencies at the rate on each order&apos;s date</source>
        <translation>金额以 %1 计；其他币种按各订单日期的汇率换算</translation>
    </message>
    <message>
        <source>Amounts in %1; other currencies at the rate on each deal&apos;s close date (open deals: the expected close date, else today)</source>
        <translation>金额以 %1 计；其他币种按各商机成交日期的汇率换算（进行中的商机按预计成交日期，没有则按今天）</translation>
    </message>
    <message>
        <source>Rate: %1 → %2 %3 from %4</source>
        <translation>汇率：%1 → %2 %3，自 %4 起</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in %1 dated %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n 个币种为 %1、日期为 %2 的订单未计入：当天没有汇率。请在“工具 › 汇率”中为 %1 添加自 %2 或更早生效的汇率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in %1 dated %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n 个币种为 %1、日期为 %2 至 %3 的订单未计入：这些日期没有汇率。请在“工具 › 汇率”中为 %1 添加自 %2 或更早生效的汇率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 due %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n 个币种为 %1、成交日期为 %2 的商机未计入：当天没有汇率。请在“工具 › 汇率”中为 %1 添加自 %2 或更早生效的汇率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 due %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n 个币种为 %1、成交日期为 %2 至 %3 的商机未计入：这些日期没有汇率。请在“工具 › 汇率”中为 %1 添加自 %2 或更早生效的汇率。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>“%1” is longer than 2,000 characters.</source>
        <translation>“%1”超过 2000 个字符。</translation>
    </message>
    <message>
        <source>“%1” must be a number; “%2” is not.</source>
        <translation>“%1”必须是数字，“%2”不是数字。</translation>
    </message>
    <message>
        <source>“%1” must be a date like 2026-03-31; “%2” is not.</source>
        <translation>“%1”必须是形如 2026-03-31 的日期，“%2”不是有效日期。</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1”必须是以下选项之一：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a choice of “%2”; pick from: %3.</source>
        <translation>“%1”不是“%2”的选项，请从以下选项中选择：%3。</translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>Could not read the custom fields.</source>
        <translation>无法读取自定义字段。</translation>
    </message>
    <message>
        <source>Enter a name for the field.</source>
        <translation>请输入字段名称。</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <source>A field named “%1” exists already.</source>
        <translation>已存在名为“%1”的字段。</translation>
    </message>
    <message>
        <source>Could not add the field “%1”.</source>
        <translation>无法添加字段“%1”。</translation>
    </message>
    <message>
        <source>Could not save the field “%1”.</source>
        <translation>无法保存字段“%1”。</translation>
    </message>
    <message>
        <source>Could not remove the field.</source>
        <translation>无法删除该字段。</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Could not write “%1”: some customers&apos; texts kept growing while they were exported. Export again.</source>
        <translation>无法写入“%1”：导出期间部分客户的文本仍在变长。请重新导出。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Any earlier file of that name is unchanged. Free some space on that disk or choose another folder, then export again.</source>
        <translation>无法写入“%1”：%2。同名的旧文件保持不变。请在该磁盘上腾出空间或选择其他文件夹，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名（不含姓）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>类型（个人/公司）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Guanxi ID</source>
        <translation>Guanxi 编号</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Continues the column before</source>
        <translation>接续前一列</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Each row adds a person and links them to their company. A company is added once, however many rows name it, and one already in Guanxi is reused.</source>
        <translation>每行添加一位联系人，并关联到其所在公司。同一公司无论出现在多少行都只添加一次，已在 Guanxi 中的公司直接沿用。</translation>
    </message>
    <message>
        <source>Company phone and company address go to a company added here; phones, e-mails and the other fields go to the person.</source>
        <translation>公司电话和公司地址写入本次新添加的公司；手机、邮箱等其他字段写入联系人。</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>电话标签</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>邮箱标签</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>电话分机</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Column %1 (“%2”) is mapped to “%3”, which is not a customer field. Choose a field from the list or ignore the column.</source>
        <translation>第 %1 列（“%2”）映射到了“%3”，但这不是客户字段。请从列表中选择字段，或忽略该列。</translation>
    </message>
    <message>
        <source>No column is mapped to the name (or the company). Map the column that holds customers&apos; names, then import again.</source>
        <translation>没有列映射到名称（或所属公司）。请映射包含客户名称的列，然后重新导入。</translation>
    </message>
    <message>
        <source>Choose at least one field that identifies the customers to update.</source>
        <translation>请至少选择一个用于识别待更新客户的字段。</translation>
    </message>
    <message>
        <source>Write “person” or “company” (个人 or 公司).</source>
        <translation>请填写“个人”或“公司”（或 person、company）。</translation>
    </message>
    <message>
        <source>Unknown stage. Use one of: lead, prospect, customer, loyal, churned (or 线索, 潜在客户, 成交客户, 忠诚客户, 流失客户).</source>
        <translation>无法识别的阶段。请使用以下之一：线索、潜在客户、成交客户、忠诚客户、流失客户（或 lead、prospect、customer、loyal、churned）。</translation>
    </message>
    <message>
        <source>Not a date. Write it as 2026-03-15 (or 2026/3/15, 2026年3月15日).</source>
        <translation>不是有效日期。请写成 2026-03-15（或 2026/3/15、2026年3月15日）。</translation>
    </message>
    <message>
        <source>Not a Guanxi customer ID (a whole number).</source>
        <translation>不是有效的 Guanxi 客户编号（应为整数）。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Correct it or clear the cell.</source>
        <translation>“%1”不是有效的邮箱地址。请更正或清空此单元格。</translation>
    </message>
    <message>
        <source>Matches %1 customers (IDs %2). Merge them under Tools → Find Duplicates, or choose other fields to match on.</source>
        <translation>与 %1 个客户匹配（编号 %2）。请在“工具 → 查找重复客户”中合并它们，或选择其他匹配字段。</translation>
    </message>
    <message>
        <source>No customer matches this row, and the import only updates. Choose “create and update” to add new customers too.</source>
        <translation>没有与此行匹配的客户，而本次导入只更新现有客户。如需同时添加新客户，请选择“新建并更新”。</translation>
    </message>
    <message>
        <source>Guanxi ID</source>
        <translation>Guanxi 编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Name and company</source>
        <translation>名称和所属公司</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No user has this login or name. Add the user first, or clear the cell to put the customer in the public pool.</source>
        <translation>没有用户使用此登录名或姓名。请先添加该用户，或清空此单元格，让客户进入公海。</translation>
    </message>
    <message>
        <source>importing customers from “%1”</source>
        <translation>正在从“%1”导入客户</translation>
    </message>
    <message>
        <source>Nothing says who this is: the row has no name, company, phone or e-mail. Fill in at least one of them, or leave the row out.</source>
        <translation>无法确定这是谁：该行没有姓名、公司、电话或邮箱。请至少填写其中一项，或不导入该行。</translation>
    </message>
    <message>
        <source>No name: the phone number “%1” is used as the name. Rename the customer when you know who it is.</source>
        <translation>没有姓名：已用电话号码“%1”作为名称。知道对方是谁后，请为该客户重命名。</translation>
    </message>
    <message>
        <source>No name: the e-mail address “%1” is used as the name. Rename the customer when you know who it is.</source>
        <translation>没有姓名：已用邮箱地址“%1”作为名称。知道对方是谁后，请为该客户重命名。</translation>
    </message>
    <message>
        <source>Matches a customer another salesperson owns; ask them or a manager.</source>
        <translation>与另一位销售人员负责的客户匹配；请联系该销售人员或销售经理。</translation>
    </message>
</context>
<context>
    <name>CustomerListStore</name>
    <message>
        <source>Could not count the customers.</source>
        <translation>无法统计客户数量。</translation>
    </message>
    <message>
        <source>Could not read the customer list.</source>
        <translation>无法读取客户列表。</translation>
    </message>
    <message>
        <source>Could not find the customer in the list.</source>
        <translation>在列表中找不到该客户。</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Restore it before merging.</source>
        <translation>“%1”在回收站中。请先恢复，再进行合并。</translation>
    </message>
    <message>
        <source>“%1” is a person and “%2” a company: only two people or two companies can be merged.</source>
        <translation>“%1”是个人，而“%2”是公司：只能合并两个个人或两家公司。</translation>
    </message>
    <message>
        <source>The merge of “%1” into “%2” was already undone.</source>
        <translation>将“%1”合并到“%2”的操作已经撤销。</translation>
    </message>
    <message>
        <source>“%1” was purged from the trash after the merge, so the merge cannot be undone.</source>
        <translation>“%1”在合并后已从回收站彻底删除，因此无法撤销此次合并。</translation>
    </message>
    <message>
        <source>Merge %1 kept an unreadable copy of “%2”, so it cannot be undone.</source>
        <translation>合并记录 %1 中保存的“%2”副本无法读取，因此无法撤销。</translation>
    </message>
    <message>
        <source>Undo the later merge of “%1” into “%2” (merge %3) first; it moved records this merge brought together.</source>
        <translation>请先撤销之后把“%1”并入“%2”的合并（合并 %3）；它移动了本次合并汇集的记录。</translation>
    </message>
</context>
<context>
    <name>CustomerSearchIndex</name>
    <message>
        <source>Could not update the search index.</source>
        <translation>无法更新搜索索引。</translation>
    </message>
    <message>
        <source>Could not search for “%1”.</source>
        <translation>无法搜索“%1”。</translation>
    </message>
    <message>
        <source>Could not rebuild the search index.</source>
        <translation>无法重建搜索索引。</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>Could not list the companies.</source>
        <translation>无法列出公司。</translation>
    </message>
    <message>
        <source>Could not look up the company “%1”.</source>
        <translation>无法查找公司“%1”。</translation>
    </message>
    <message>
        <source>Could not list the cities.</source>
        <translation>无法列出城市。</translation>
    </message>
    <message>
        <source>Could not list the tags.</source>
        <translation>无法列出标签。</translation>
    </message>
    <message>
        <source>Could not count the customers.</source>
        <translation>无法统计客户数量。</translation>
    </message>
    <message>
        <source>Could not check the company.</source>
        <translation>无法核对所属公司。</translation>
    </message>
    <message>
        <source>The company (number %1) does not exist or is in the trash. Pick another company.</source>
        <translation>该公司（编号 %1）不存在或已在回收站中。请选择其他公司。</translation>
    </message>
    <message>
        <source>A person can only belong to a company, not to another person.</source>
        <translation>个人只能隶属于公司，不能隶属于另一个个人。</translation>
    </message>
    <message>
        <source>Could not save the customer “%1”.</source>
        <translation>无法保存客户“%1”。</translation>
    </message>
    <message>
        <source>Could not update the company&apos;s people.</source>
        <translation>无法更新该公司的联系人。</translation>
    </message>
    <message>
        <source>Could not save the contact details of “%1”.</source>
        <translation>无法保存“%1”的联系方式。</translation>
    </message>
    <message>
        <source>Could not save the tag “%1”.</source>
        <translation>无法保存标签“%1”。</translation>
    </message>
    <message>
        <source>Could not read customer %1.</source>
        <translation>无法读取客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (it may have been purged from the trash).</source>
        <translation>客户 %1 不存在（可能已从回收站彻底删除）。</translation>
    </message>
    <message>
        <source>Could not move the customers to the trash.</source>
        <translation>无法将客户移到回收站。</translation>
    </message>
    <message>
        <source>Could not restore the customers.</source>
        <translation>无法恢复客户。</translation>
    </message>
    <message>
        <source>Could not empty the trash.</source>
        <translation>无法清空回收站。</translation>
    </message>
    <message>
        <source>Customer %1 is not in the trash; only customers in the trash can be purged.</source>
        <translation>客户 %1 不在回收站中；只有回收站中的客户才能彻底删除。</translation>
    </message>
    <message>
        <source>Could not purge “%1”.</source>
        <translation>无法彻底删除“%1”。</translation>
    </message>
    <message>
        <source>Could not read the trash.</source>
        <translation>无法读取回收站。</translation>
    </message>
    <message>
        <source>“%1” has people who belong to it (%2), so it must stay a company. Move them to another company first.</source>
        <translation>“%1”下有隶属于它的联系人（%2），因此必须保持为公司。请先将这些联系人移到其他公司。</translation>
    </message>
    <message>
        <source>Could not look up the customer by %1.</source>
        <translation>无法按%1查找客户。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Could not read the companies.</source>
        <translation>无法读取公司。</translation>
    </message>
    <message>
        <source>Could not read the customers.</source>
        <translation>无法读取客户。</translation>
    </message>
    <message>
        <source>The tag is empty. Type a name for it.</source>
        <translation>标签为空。请输入标签名称。</translation>
    </message>
    <message>
        <source>The tag “%1…” is longer than 100 characters. Use a shorter name.</source>
        <translation>标签“%1…”超过 100 个字符。请使用较短的名称。</translation>
    </message>
    <message>
        <source>Could not add the tag “%1”.</source>
        <translation>无法添加标签“%1”。</translation>
    </message>
    <message>
        <source>Stopped: no customer was tagged.</source>
        <translation>已停止：未给任何客户添加标签。</translation>
    </message>
    <message>
        <source>Could not check who belongs to “%1”.</source>
        <translation>无法检查哪些人属于“%1”。</translation>
    </message>
    <message>
        <source>The company “%1” is no longer in the customer list (or is in the trash), so it cannot be put back. Restore it from the trash first.</source>
        <translation>公司“%1”已不在客户列表中（或已在回收站中），因此无法还原。请先从回收站中恢复该公司。</translation>
    </message>
    <message>
        <source>Could not look up the source “%1”.</source>
        <translation>无法查找来源渠道“%1”。</translation>
    </message>
    <message>
        <source>The source “%1” no longer exists, so it cannot be put back. Add it again under Settings first.</source>
        <translation>来源渠道“%1”已不存在，因此无法还原。请先在“设置”中重新添加。</translation>
    </message>
    <message>
        <source>The owner is not restored from the history: hand the customer over, or put it back in the pool, instead.</source>
        <translation>负责人不会从历史记录中还原：请改为移交该客户，或将其退回公海。</translation>
    </message>
    <message>
        <source>This change cannot be undone field by field.</source>
        <translation>此更改无法按字段撤销。</translation>
    </message>
    <message>
        <source>Change %1 is not an edit of a field of customer %2, so there is no value to put back.</source>
        <translation>更改 %1 不是对客户 %2 某个字段的修改，因此没有可还原的值。</translation>
    </message>
    <message>
        <source>“%1” is in the trash. Restore it before changing it.</source>
        <translation>“%1”在回收站中。请先恢复，再进行修改。</translation>
    </message>
    <message>
        <source>Earlier phone numbers and e-mail addresses of a customer in the public pool cannot be put back: claim the customer first.</source>
        <translation>公海客户以前的电话号码和邮箱地址无法还原：请先认领该客户。</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Enter a name: every customer needs one.</source>
        <translation>请输入名称：每个客户都必须有名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it under 200.</source>
        <translation>名称长达 %1 个字符，请控制在 200 个字符以内。</translation>
    </message>
    <message>
        <source>A company cannot belong to another company. Clear the company field.</source>
        <translation>公司不能隶属于另一家公司。请清空“所属公司”字段。</translation>
    </message>
    <message>
        <source>A customer cannot be its own company.</source>
        <translation>客户不能以自身作为所属公司。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; it should look like name@example.com.</source>
        <translation>“%1”不是有效的邮箱地址，格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>The tag “%1” is too long; keep tags under 50 characters.</source>
        <translation>标签“%1”过长，标签请控制在 50 个字符以内。</translation>
    </message>
    <message>
        <source>The founding date %1 is in the future.</source>
        <translation>成立日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation>生日 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before 1800; check the year.</source>
        <translation>日期 %1 早于 1800 年，请检查年份。</translation>
    </message>
    <message>
        <source>The follow-up date %1 is not plausible; check the year.</source>
        <translation>跟进日期 %1 不合理，请检查年份。</translation>
    </message>
</context>
<context>
    <name>DamageRecord</name>
    <message>
        <source>Damage was found in this file on %1 (%2), so Guanxi opens it for reading only and never writes to it. Restore a backup (File &gt; Restore from Backup, or guanxi-cli restore), or export what can still be read. Once the file checks intact again (File &gt; Check Database, or guanxi-cli check), it opens as usual.</source>
        <translation>%1 发现此文件已损坏（%2），因此 Guanxi 只以只读方式打开它，绝不写入。请恢复备份（文件 &gt; 从备份恢复，或 guanxi-cli restore），或导出仍可读取的数据。文件再次检查完好后（文件 &gt; 检查数据库，或 guanxi-cli check），即可照常打开。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open pipeline</source>
        <translation>进行中的商机</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Amount × win probability</source>
        <translation>金额 × 赢率</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月赢单</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%n 个商机赢单</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message numerus="yes">
        <source>Won of %n deal(s) closed in the last 90 days</source>
        <translation>
            <numerusform>近 90 天内结束的 %n 个商机中赢单的占比</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>%1 of %2 buying customers in 12 months bought twice or more</source>
        <translation>近 12 个月的 %2 个购买客户中，有 %1 个购买了两次及以上</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>%1 customers, %2 leads</source>
        <translation>%1 个客户，%2 条线索</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Deals won this month</source>
        <translation>本月赢单的商机</translation>
    </message>
    <message>
        <source>Deals closed in 90 days</source>
        <translation>90 天内结束的商机</translation>
    </message>
    <message>
        <source>Deals won in 90 days</source>
        <translation>90 天内赢单的商机</translation>
    </message>
    <message>
        <source>Buying customers in 12 months</source>
        <translation>12 个月内的购买客户</translation>
    </message>
    <message>
        <source>Repeat buyers in 12 months</source>
        <translation>12 个月内的复购客户</translation>
    </message>
    <message>
        <source>Currency: only %1, not converted (amounts in other currencies are left out)</source>
        <translation>币种：仅 %1，不换算（其他币种的金额不计入）</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <source>The data-quality check was stopped.</source>
        <translation>数据质量检查已中止。</translation>
    </message>
    <message>
        <source>Birthday %1, next follow-up %2</source>
        <translation>生日 %1，下次跟进 %2</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>Last touched %1</source>
        <translation>最近活动 %1</translation>
    </message>
    <message>
        <source>Repeats %1 (customer %2)</source>
        <translation>与“%1”重复（客户 %2）</translation>
    </message>
    <message>
        <source>There is no data-quality check “%1”; the checks are: %2.</source>
        <translation>没有数据质量检查项“%1”；现有检查项：%2。</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>名称真实</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>电话或邮箱</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Company of a person</source>
        <translation>个人所属公司</translation>
    </message>
    <message>
        <source>Phone numbers verified</source>
        <translation>电话号码已验证</translation>
    </message>
    <message>
        <source>E-mail addresses well formed</source>
        <translation>邮箱地址格式正确</translation>
    </message>
    <message>
        <source>Dates possible</source>
        <translation>日期合理</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>无重复</translation>
    </message>
    <message>
        <source>Follow-up not overdue</source>
        <translation>跟进未逾期</translation>
    </message>
    <message>
        <source>Next follow-up planned</source>
        <translation>已安排下次跟进</translation>
    </message>
    <message>
        <source>Recently touched</source>
        <translation>近期有活动</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>唯一性</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>The name is a name, not an e-mail address standing in for one.</source>
        <translation>名称是真实的名称，而不是用邮箱地址代替。</translation>
    </message>
    <message>
        <source>At least one phone number or e-mail address.</source>
        <translation>至少有一个电话号码或邮箱地址。</translation>
    </message>
    <message>
        <source>A salesperson looks after the customer (customers in the public pool have none).</source>
        <translation>客户有负责的销售员（公海中的客户没有负责人）。</translation>
    </message>
    <message>
        <source>The city is filled in.</source>
        <translation>已填写城市。</translation>
    </message>
    <message>
        <source>The source channel is filled in.</source>
        <translation>已填写来源渠道。</translation>
    </message>
    <message>
        <source>People: the company they work for is linked.</source>
        <translation>个人客户：已关联其所在公司。</translation>
    </message>
    <message>
        <source>Customers with phone numbers: every number could be verified.</source>
        <translation>有电话号码的客户：每个号码都能通过验证。</translation>
    </message>
    <message>
        <source>Customers with e-mail addresses: every address looks like name@example.com.</source>
        <translation>有邮箱地址的客户：每个地址的格式都类似 name@example.com。</translation>
    </message>
    <message>
        <source>Customers with a birthday or next follow-up: the birthday lies between 1800 and today, the next follow-up between 2000 and two years ahead.</source>
        <translation>有生日或下次跟进日期的客户：生日在 1800 年到今天之间，下次跟进在 2000 年到两年后之间。</translation>
    </message>
    <message>
        <source>Not a repeat of an older customer with the same verified phone, e-mail, company name, or person&apos;s name at the same company; a group of three counts two.</source>
        <translation>不与更早的客户重复（已验证的电话、邮箱或公司名称相同，或同一公司下的人名相同）；三个互相重复的客户计为两个重复。</translation>
    </message>
    <message>
        <source>Customers with a next follow-up: it is today or later.</source>
        <translation>有下次跟进日期的客户：日期为今天或之后。</translation>
    </message>
    <message>
        <source>Customers not churned: a next follow-up is set.</source>
        <translation>未流失的客户：已设置下次跟进。</translation>
    </message>
    <message numerus="yes">
        <source>Changed or contacted in the last %n month(s).</source>
        <translation>
            <numerusform>最近 %n 个月内有修改或联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score = %1 × completeness + %2 × validity + %3 × uniqueness + %4 × timeliness; each dimension is the mean pass rate of its checks, a check&apos;s pass rate is the share of the customers it applies to that pass it.</source>
        <translation>评分 = %1 × 完整性 + %2 × 有效性 + %3 × 唯一性 + %4 × 及时性；每个维度的值是其各项检查通过率的平均值，一项检查的通过率是适用该检查的客户中通过的比例。</translation>
    </message>
    <message>
        <source>%1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 = %9</source>
        <translation>%1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 = %9</translation>
    </message>
</context>
<context>
    <name>DataQualityStore</name>
    <message>
        <source>Could not check the customers&apos; data quality.</source>
        <translation>无法检查客户的数据质量。</translation>
    </message>
    <message>
        <source>There is no data-quality check “%1”.</source>
        <translation>没有数据质量检查项“%1”。</translation>
    </message>
    <message>
        <source>Could not list the customers that fail a data-quality check.</source>
        <translation>无法列出未通过数据质量检查的客户。</translation>
    </message>
    <message>
        <source>The data-quality check was stopped.</source>
        <translation>数据质量检查已中止。</translation>
    </message>
    <message>
        <source>Could not look for duplicate customers.</source>
        <translation>无法查找重复客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid address(es), not shown for a customer in the public pool</source>
        <translation>
            <numerusform>%n 个无效地址，公海客户不予显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”. Check that the file exists and that you may read it.</source>
        <translation>无法打开“%1”。请检查文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is writing to it. Close that program (another Guanxi window, a backup or sync tool) and open the file again.</source>
        <translation>“%1”正被另一个程序写入，已被锁定。请关闭该程序（另一个 Guanxi 窗口、备份或同步工具），然后重新打开此文件。</translation>
    </message>
    <message>
        <source>“%1” is not a readable database; it may be damaged. Restore it from a backup. The file was left untouched.</source>
        <translation>“%1”不是可读取的数据库，可能已损坏。请从备份恢复。该文件未被改动。</translation>
    </message>
    <message>
        <source>Opened read-only as requested.</source>
        <translation>已按要求以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the path, or create a new database with File &gt; New or `guanxi-cli init`.</source>
        <translation>“%1”不存在。请检查路径，或用“文件 &gt; 新建”或 `guanxi-cli init` 创建一个新数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the database. Choose a folder you may write to.</source>
        <translation>无法为数据库创建文件夹“%1”。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Guanxi (data version %2; this version reads up to %3). Update Guanxi to open it; the file was left untouched.</source>
        <translation>“%1”由更新版本的 Guanxi 创建（数据版本 %2；当前版本最高只能读取版本 %3）。请升级 Guanxi 后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Guanxi database. Choose another file; this one was left untouched.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 Guanxi 数据库。请选择其他文件；该文件未被改动。</translation>
    </message>
    <message>
        <source>The file is read-only, so Guanxi opened it for reading only. To make changes, make the file writable and open it again.</source>
        <translation>该文件为只读，因此 Guanxi 以只读方式打开了它。如需修改，请将文件设为可写后重新打开。</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so Guanxi opened it for reading only. Copy the file to a folder you may write to.</source>
        <translation>该文件所在的文件夹为只读，因此 Guanxi 以只读方式打开了它。请将文件复制到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>“%1” needs upgrading to this version of Guanxi (data version %2 to %3), but it can only be read. Make the file writable and open it again.</source>
        <translation>“%1”需要升级到当前版本的 Guanxi（数据版本 %2 升至 %3），但该文件只能读取。请将文件设为可写后重新打开。</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Cannot open “%1” for writing.</source>
        <translation>无法以写入方式打开“%1”。</translation>
    </message>
    <message>
        <source>Cannot prepare “%1” for use.</source>
        <translation>无法准备使用“%1”。</translation>
    </message>
    <message>
        <source>Cannot initialise “%1”.</source>
        <translation>无法初始化“%1”。</translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”.</source>
        <translation>无法将副本保存到“%1”。</translation>
    </message>
    <message>
        <source>Could not start saving.</source>
        <translation>无法开始保存。</translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation>无法保存更改。</translation>
    </message>
    <message>
        <source>“%1” needs upgrading to this version of Guanxi, but another program is writing to it. Close that program and open the file again.</source>
        <translation>“%1”需要升级到当前版本的 Guanxi，但另一个程序正在写入它。请关闭该程序后重新打开此文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read from here: it is in a folder Guanxi may not write to, and SQLite needs to keep its working files beside it. Copy the file to a folder you may write to and open the copy.</source>
        <translation>无法在此读取“%1”：它所在的文件夹不允许 Guanxi 写入，而 SQLite 需要在文件旁保存工作文件。请把文件复制到您有写入权限的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>Could not replace “%1”; the copy was not saved. Choose another name.</source>
        <translation>无法替换“%1”，副本未保存。请另选一个名称。</translation>
    </message>
    <message>
        <source>The changes could not be saved: the database gave up the transaction (for example because the disk is full). Nothing was saved; free some space and try again.</source>
        <translation>无法保存更改：数据库放弃了本次事务（例如磁盘已满）。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>“%1” is locked: %2. Wait for it to finish, or close that program, and open the file again.</source>
        <translation>“%1”已被锁定：%2。请等待其完成，或关闭该程序，然后重新打开文件。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2. Choose a folder you may write to.</source>
        <translation>无法创建“%1”：%2。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The disk holding the file is full, so Guanxi opened it for reading only: you can look, export and back up to another disk. Free some space and open the file again to make changes.</source>
        <translation>文件所在的磁盘已满，因此 Guanxi 以只读方式打开了它：您可以查看、导出或备份到另一块磁盘。请释放一些空间后重新打开文件再进行修改。</translation>
    </message>
    <message>
        <source>Another program is writing to this file, so Guanxi opened it for reading only. Make your changes once it has finished (reopen the file).</source>
        <translation>另一个程序正在写入此文件，因此 Guanxi 以只读方式打开了它。请在其完成后（重新打开文件）再进行修改。</translation>
    </message>
    <message>
        <source>Another program is writing to this file: %1. Guanxi opened it for reading only; make your changes once it has finished (reopen the file).</source>
        <translation>另一个程序正在写入此文件：%1。Guanxi 以只读方式打开了它；请在其完成后（重新打开文件）再进行修改。</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full, and SQLite needs a little room beside the file to read the changes still in its log. Free some space, or copy the file and its -wal to another disk and open the copy.</source>
        <translation>“%1”所在的磁盘已满，而 SQLite 需要在文件旁留出少量空间才能读取日志中尚未合并的更改。请释放一些空间，或将文件及其 -wal 复制到另一块磁盘后打开副本。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the disk holding it is full. Free some space and try again.</source>
        <translation>无法读取“%1”：其所在磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>“%1” is damaged, so Guanxi will not write to it; nothing was changed. Restore a backup (File &gt; Restore from Backup, or guanxi-cli restore), or export what can still be read.</source>
        <translation>“%1”已损坏，Guanxi 不会再写入它；未做任何更改。请恢复备份（文件 &gt; 从备份恢复，或 guanxi-cli restore），或导出仍可读取的数据。</translation>
    </message>
    <message>
        <source>“%1” is busy: another program kept it locked for writing for %2 s. Nothing was changed; try again when it has finished.</source>
        <translation>“%1”正忙：另一个程序已锁定写入 %2 秒。未做任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>“%1” is busy: %2. Nothing was changed; try again when it has finished.</source>
        <translation>“%1”正忙：%2。未做任何更改；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>“%1” needs upgrading to this version of Guanxi (data version %2 to %3), which means writing to it, and it cannot be written now: %4</source>
        <translation>“%1”需要升级到此版本的 Guanxi（数据版本 %2 到 %3），这需要写入文件，而它现在无法写入：%4</translation>
    </message>
    <message>
        <source>A team database is saved from the server with pg_dump, or copied to a file with `guanxi-cli db copy`; see docs/TEAM.md.</source>
        <translation>团队数据库请在服务器上用 pg_dump 保存，或用 `guanxi-cli db copy` 复制到文件中；详见 docs/TEAM.md。</translation>
    </message>
    <message>
        <source>Someone else on the team is changing the same records and held them for %1 s. Nothing was changed; try again in a moment.</source>
        <translation>团队中另一位成员正在修改相同的记录，已占用 %1 秒。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>The database server at %1 did not accept the user name or password. Check them and try again.</source>
        <translation>%1 上的数据库服务器不接受该用户名或密码。请检查后重试。</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check its name, or set one up with `guanxi-cli server init`.</source>
        <translation>服务器上没有数据库“%1”。请检查名称，或用 `guanxi-cli server init` 设置一个。</translation>
    </message>
    <message>
        <source>The database server at %1 has no login “%2”. Ask the administrator to add you to the team.</source>
        <translation>%1 上的数据库服务器没有登录名“%2”。请让管理员将您加入团队。</translation>
    </message>
    <message>
        <source>Your login may not connect to %1. Ask the administrator to give it access.</source>
        <translation>您的登录名无权连接到 %1。请让管理员为其授予访问权限。</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at %1. Check the address and that the server is running and reachable from this computer.</source>
        <translation>无法连接到 %1 上的数据库服务器。请检查地址，并确认服务器正在运行且可从本机访问。</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to the database server.</source>
        <translation>无法准备与数据库服务器的连接。</translation>
    </message>
    <message>
        <source>Cannot read the team database.</source>
        <translation>无法读取团队数据库。</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Guanxi. Choose another database; this one was left untouched.</source>
        <translation>%1 属于其他程序，不是 Guanxi 的数据库。请选择其他数据库；该数据库未被改动。</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not a Guanxi database. Choose an empty database or set one up with `guanxi-cli server init`; this one was left untouched.</source>
        <translation>%1 中是其他程序的表，不是 Guanxi 数据库。请选择一个空数据库，或用 `guanxi-cli server init` 设置一个；该数据库未被改动。</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Guanxi (data version %2; this version reads up to %3). Update Guanxi on this computer; nothing was changed.</source>
        <translation>%1 由更新版本的 Guanxi 设置（数据版本 %2；当前版本最高只能读取版本 %3）。请升级本机上的 Guanxi；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Guanxi database yet. Set it up with `guanxi-cli server init`, or connect with a login that may create tables.</source>
        <translation>%1 是空的：它还不是 Guanxi 数据库。请用 `guanxi-cli server init` 进行设置，或使用有权创建表的登录名连接。</translation>
    </message>
    <message>
        <source>%1 was created with the sort order “%2” and character set “%3” (%4); Guanxi needs C and UTF-8 so that lists sort the same everywhere. Let `guanxi-cli server init` create the database, or create it with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C.UTF-8&apos;.</source>
        <translation>%1 创建时使用的排序规则为“%2”、字符集为“%3”（%4）；Guanxi 需要 C 和 UTF-8，才能让列表在各处排序一致。请让 `guanxi-cli server init` 创建该数据库，或用 CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C.UTF-8&apos; 创建。</translation>
    </message>
    <message>
        <source>This installation of Guanxi cannot reach database servers: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>此 Guanxi 安装无法连接数据库服务器：缺少 Qt 的 PostgreSQL 驱动。请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>%1 needs upgrading to this version of Guanxi (data version %2 to %3), but it was opened read-only. Connect once without read-only, or ask the administrator.</source>
        <translation>%1 需要升级到当前版本的 Guanxi（数据版本 %2 升至 %3），但它是以只读方式打开的。请以非只读方式连接一次，或联系管理员。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Could not check the database.</source>
        <translation>无法检查数据库。</translation>
    </message>
    <message>
        <source>Could not check the links between records.</source>
        <translation>无法检查记录之间的关联。</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 record</source>
        <translation>%1 表第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Could not copy the table %1; the target was left as it was.</source>
        <translation>无法复制表 %1；目标保持原样。</translation>
    </message>
    <message>
        <source>Could not read the source database.</source>
        <translation>无法读取源数据库。</translation>
    </message>
    <message>
        <source>The copy was stopped; the target was left as it was.</source>
        <translation>复制已中止；目标保持原样。</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables (%1 differs); open both with this version of Guanxi first.</source>
        <translation>两个数据库的表不相同（表 %1 不一致）；请先用当前版本的 Guanxi 分别打开这两个数据库。</translation>
    </message>
    <message>
        <source>The source is at data version %1 and the target at %2; open both with this version of Guanxi first.</source>
        <translation>源的数据版本为 %1，目标为 %2；请先用当前版本的 Guanxi 分别打开这两个数据库。</translation>
    </message>
    <message>
        <source>copying a database into it</source>
        <translation>正在向其中复制数据库</translation>
    </message>
    <message>
        <source>The target %1 holds data already (%2); copy only into a new database.</source>
        <translation>目标 %1 中已有数据（表 %2）；只能复制到新的数据库中。</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the source (%2 rows read, %3 written); nothing was saved.</source>
        <translation>表 %1 的副本与源不一致（读取 %2 行，写入 %3 行）；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>“%1” is the database you have open; writing there would replace all of its data. Choose another file name.</source>
        <translation>“%1”是您当前打开的数据库；写入该位置会替换其全部数据。请另选一个文件名。</translation>
    </message>
    <message>
        <source>“%1” is one of the working files of the open database “%2”; writing there would damage it. Choose another file name.</source>
        <translation>“%1”是已打开数据库“%2”的工作文件之一；写入该位置会损坏数据库。请另选一个文件名。</translation>
    </message>
    <message>
        <source>“%1” is the open database “%2” or one of its working files, not a file to import. Choose the file you want to import.</source>
        <translation>“%1”是已打开的数据库“%2”或其工作文件之一，不是可导入的文件。请选择要导入的文件。</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>Move to “%1”</source>
        <translation>移到“%1”</translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message>
        <source>Could not read the funnel stages.</source>
        <translation>无法读取销售漏斗的阶段。</translation>
    </message>
    <message>
        <source>Funnel stage %1 does not exist.</source>
        <translation>销售漏斗阶段 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation>请输入阶段名称。</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 %.</source>
        <translation>赢率必须介于 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>A stage named “%1” exists already.</source>
        <translation>已存在名为“%1”的阶段。</translation>
    </message>
    <message>
        <source>Could not add the stage.</source>
        <translation>无法添加阶段。</translation>
    </message>
    <message>
        <source>Could not save the stage.</source>
        <translation>无法保存阶段。</translation>
    </message>
    <message>
        <source>Could not remove the stage.</source>
        <translation>无法删除该阶段。</translation>
    </message>
    <message>
        <source>The funnel needs its won and lost stages; rename them instead.</source>
        <translation>销售漏斗必须保留赢单和输单阶段，不能删除；如需调整，请将其重命名。</translation>
    </message>
    <message>
        <source>The funnel has no stages.</source>
        <translation>销售漏斗中没有任何阶段。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not save the deal “%1”.</source>
        <translation>无法保存商机“%1”。</translation>
    </message>
    <message>
        <source>Could not read deal %1.</source>
        <translation>无法读取商机 %1。</translation>
    </message>
    <message>
        <source>Say why “%1” was lost (price, competitor, no budget, timing…).</source>
        <translation>请说明“%1”输单的原因（价格、竞争对手、没有预算、时机…）。</translation>
    </message>
    <message>
        <source>Could not move the deal “%1”.</source>
        <translation>无法移动商机“%1”。</translation>
    </message>
    <message>
        <source>Could not read the deal&apos;s stages.</source>
        <translation>无法读取该商机的阶段记录。</translation>
    </message>
    <message>
        <source>Could not read the deals.</source>
        <translation>无法读取商机。</translation>
    </message>
    <message>
        <source>Could not add up the funnel.</source>
        <translation>无法汇总销售漏斗。</translation>
    </message>
    <message>
        <source>Could not compute the forecast.</source>
        <translation>无法计算加权预测。</translation>
    </message>
    <message>
        <source>Could not move the deal “%1” back.</source>
        <translation>无法把商机“%1”移回原阶段。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are in the stage “%1”. Move them to another stage first; nothing was removed.</source>
        <translation>
            <numerusform>阶段“%1”中还有 %n 个商机。请先将它们移到其他阶段；未删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>不存在编号为 %1 的商机。</translation>
    </message>
</context>
<context>
    <name>Deals</name>
    <message>
        <source>First contact</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Choose the customer this deal is with.</source>
        <translation>请选择该商机所属的客户。</translation>
    </message>
    <message>
        <source>Give the deal a title, e.g. “ERP upgrade 2026”.</source>
        <translation>请填写商机名称，例如“2026 年 ERP 升级”。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large; the largest is 10,000,000,000,000.</source>
        <translation>金额过大；最大为 10,000,000,000,000。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as CNY or USD.</source>
        <translation>“%1”不是有效的货币代码，请使用三个字母，如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 %.</source>
        <translation>赢率必须介于 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The expected close date %1 is not plausible; check the year.</source>
        <translation>预计成交日期 %1 不合理，请检查年份。</translation>
    </message>
</context>
<context>
    <name>DuplicateStore</name>
    <message>
        <source>Could not look for duplicate customers.</source>
        <translation>无法查找重复客户。</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same name at the same company</source>
        <translation>同一公司下名称相同</translation>
    </message>
    <message>
        <source>Same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>same name at the same company</source>
        <translation>同一公司下同名</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>“%1” is a folder, not a Guanxi database. Choose a .guanxi file.</source>
        <translation>“%1”是文件夹，不是 Guanxi 数据库。请选择一个 .guanxi 文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>无法读取“%1”：%2。请检查文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it is not a Guanxi database. Choose another file, or use File &gt; New to start a new one.</source>
        <translation>“%1”是空文件（0 字节），不是 Guanxi 数据库。请选择其他文件，或用“文件 &gt; 新建”开始一个新数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi database (it is not an SQLite file). Choose another file; this one was left untouched.</source>
        <translation>“%1”不是 Guanxi 数据库（它不是 SQLite 文件）。请选择其他文件；该文件未被改动。</translation>
    </message>
    <message>
        <source>“%1” is damaged: it ends inside its header. Restore it from a backup.</source>
        <translation>“%1”已损坏：文件在文件头内就已结束。请从备份恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than its header says (truncated copy or interrupted download). Restore it from a backup.</source>
        <translation>“%1”已损坏：文件比文件头中记录的长度短（复制不完整或下载中断）。请从备份恢复。</translation>
    </message>
    <message>
        <source>SQLite is not usable here.</source>
        <translation>此处无法使用 SQLite。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, socket or device), so it cannot be a Guanxi database. Choose a .guanxi file.</source>
        <translation>“%1”不是普通文件（而是管道、套接字或设备），不可能是 Guanxi 数据库。请选择一个 .guanxi 文件。</translation>
    </message>
</context>
<context>
    <name>FileWriters</name>
    <message>
        <source>%1 (process %2) is %3, since %4</source>
        <translation>%1（进程 %2）自 %4 起%3</translation>
    </message>
    <message>
        <source>%1 (process %2) is writing to it</source>
        <translation>%1（进程 %2）正在写入该文件</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线沟通</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Could not read the follow-up channels.</source>
        <translation>无法读取跟进渠道。</translation>
    </message>
    <message>
        <source>There is no follow-up channel “%1”. Known channels: %2.</source>
        <translation>没有名为“%1”的跟进渠道。现有渠道：%2。</translation>
    </message>
    <message>
        <source>Could not log the follow-up.</source>
        <translation>无法记录跟进。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist or is in the trash; restore it before logging a follow-up.</source>
        <translation>客户 %1 不存在或已在回收站中；请先恢复该客户，再记录跟进。</translation>
    </message>
    <message>
        <source>Could not log the follow-up with “%1”.</source>
        <translation>无法记录与“%1”的跟进。</translation>
    </message>
    <message>
        <source>Could not read the follow-ups.</source>
        <translation>无法读取跟进记录。</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>只能推迟到今天或之后的日期。</translation>
    </message>
    <message>
        <source>Could not snooze the follow-up.</source>
        <translation>无法推迟该跟进。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist or is in the trash.</source>
        <translation>客户 %1 不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Could not read the follow-ups that are due.</source>
        <translation>无法读取到期的跟进事项。</translation>
    </message>
    <message>
        <source>Lead %1 does not exist, or is converted or disqualified.</source>
        <translation>线索 %1 不存在，或已转化、已标为无效。</translation>
    </message>
    <message>
        <source>Enter a name for the channel, e.g. 钉钉 or LinkedIn.</source>
        <translation>请输入渠道名称，例如 钉钉 或 LinkedIn。</translation>
    </message>
    <message>
        <source>A channel named “%1” exists already.</source>
        <translation>已存在名为“%1”的渠道。</translation>
    </message>
    <message>
        <source>Could not add the channel.</source>
        <translation>无法添加渠道。</translation>
    </message>
    <message>
        <source>Could not remove the channel.</source>
        <translation>无法移除渠道。</translation>
    </message>
    <message>
        <source>Could not take back the follow-up.</source>
        <translation>无法撤销这条跟进。</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist any more; there is nothing to take back.</source>
        <translation>跟进 %1 已不存在，没有可撤销的内容。</translation>
    </message>
    <message>
        <source>Could not put the follow-up back on its day.</source>
        <translation>无法把跟进恢复到原来的日期。</translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>不存在编号为 %1 的商机。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Merged “%1” into this customer (Tools → Find Duplicates → Merges can undo it)</source>
        <translation>已将“%1”合并到此客户（可在“工具 → 查找重复客户 → 合并记录”中撤销）</translation>
    </message>
</context>
<context>
    <name>FunnelAnalysis</name>
    <message>
        <source>the beginning</source>
        <translation>最早记录</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>New deals amount</source>
        <translation>新增商机金额</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>输单金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入数</translation>
    </message>
    <message>
        <source>Amount entered</source>
        <translation>进入金额</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>推进数</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>下一阶段转化率</translation>
    </message>
    <message>
        <source>Lost at this stage</source>
        <translation>在此阶段输单</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>已结束的停留</translation>
    </message>
    <message>
        <source>Still in stage</source>
        <translation>仍在此阶段</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>赢单与输单</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>按销售员</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Deals entering each stage</source>
        <translation>进入各阶段的商机数</translation>
    </message>
    <message>
        <source>Amount entering each stage</source>
        <translation>进入各阶段的金额</translation>
    </message>
    <message>
        <source>Conversion to the next stage</source>
        <translation>到下一阶段的转化率</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Guanxi follow-ups</source>
        <translation>Guanxi 跟进日程</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Follow up: %1 — %2</source>
        <translation>跟进：%1 — %2</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you may write to.</source>
        <translation>无法写入“%1”：%2。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Could not finish writing “%1”: %2. Any earlier file there was left as it was.</source>
        <translation>无法完成写入“%1”：%2。该位置原有的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>ImportRevert</name>
    <message>
        <source>Import %1 (“%2”) was already reverted on %3.</source>
        <translation>导入 %1（“%2”）已于 %3 撤销。</translation>
    </message>
    <message>
        <source>Import of “%1” reverted</source>
        <translation>已撤销“%1”的导入</translation>
    </message>
    <message>
        <source>Import %1 kept an unreadable copy of customer %2, so it cannot be reverted.</source>
        <translation>导入 %1 保存的客户 %2 的副本无法读取，因此无法撤销。</translation>
    </message>
    <message>
        <source>Could not put customer %1 back as it was before import %2: %3</source>
        <translation>无法将客户 %1 恢复到导入 %2 之前的状态：%3</translation>
    </message>
    <message>
        <source>reverting an import</source>
        <translation>正在撤销一次导入</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 (“%2”) cannot be reverted by you: %n of its customers now belong to another salesperson. Ask them or a manager to revert it.</source>
        <translation>
            <numerusform>您无法撤销导入 %1（“%2”）：其中 %n 个客户现在由其他销售人员负责。请让对方或销售经理来撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>“%1”是空文件：没有可导入的内容。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>“%1”是旧版 Excel（.xls）工作簿。请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>“%1” has no sheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n sheet(s); there is no sheet %2.</source>
        <translation>
            <numerusform>“%1”共有 %n 个工作表，没有第 %2 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet “%1” of “%2” is empty.</source>
        <translation>“%2”中的工作表“%1”为空。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that the file is still there and that you may read it, then import again.</source>
        <translation>无法读取“%1”：%2。请确认文件仍在原处且您有权读取，然后重新导入。</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name and the folder, or choose the file again; it may have been moved or renamed.</source>
        <translation>没有文件“%1”。请检查文件名和所在文件夹，或重新选择该文件；它可能已被移动或改名。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a CSV, Excel or vCard file inside it.</source>
        <translation>“%1”是文件夹，不是文件。请选择其中的 CSV、Excel 或 vCard 文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that you may read this file, or copy it to a folder of yours and import the copy.</source>
        <translation>无法读取“%1”：%2。请检查您是否有权读取此文件，或将其复制到您自己的文件夹后导入副本。</translation>
    </message>
    <message>
        <source>“%1” is an Excel workbook, whatever its name says; it is read as one.</source>
        <translation>“%1”实际上是 Excel 工作簿（与文件名无关），将按 Excel 工作簿读取。</translation>
    </message>
    <message>
        <source>“%1” holds vCard contact cards, not a table; it is read as vCards.</source>
        <translation>“%1”包含的是 vCard 联系人名片，而不是表格；将按 vCard 读取。</translation>
    </message>
    <message>
        <source>“%1” holds a table (CSV), not vCard contact cards; it is read as CSV.</source>
        <translation>“%1”包含的是表格（CSV），而不是 vCard 联系人名片；将按 CSV 读取。</translation>
    </message>
    <message>
        <source>Its text is %1 without a byte order mark.</source>
        <translation>其文本为不带字节顺序标记（BOM）的 %1。</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>Could not record the import of “%1”.</source>
        <translation>无法记录“%1”的导入。</translation>
    </message>
    <message>
        <source>Could not record an imported record.</source>
        <translation>无法记录一条已导入的记录。</translation>
    </message>
    <message>
        <source>Could not read the list of imports.</source>
        <translation>无法读取导入列表。</translation>
    </message>
    <message>
        <source>Could not read import %1.</source>
        <translation>无法读取导入 %1。</translation>
    </message>
    <message>
        <source>There is no import %1. List the imports to see their numbers.</source>
        <translation>不存在导入 %1。请列出导入记录以查看其编号。</translation>
    </message>
    <message>
        <source>Could not read the records of import %1.</source>
        <translation>无法读取导入 %1 的记录。</translation>
    </message>
    <message>
        <source>Could not mark import %1 as reverted.</source>
        <translation>无法将导入 %1 标记为已撤销。</translation>
    </message>
    <message>
        <source>Could not read where the record came from.</source>
        <translation>无法读取该记录的来源。</translation>
    </message>
    <message>
        <source>Could not read the saved column mappings.</source>
        <translation>无法读取已保存的列映射。</translation>
    </message>
    <message>
        <source>Enter a name for the column mapping.</source>
        <translation>请输入列映射的名称。</translation>
    </message>
    <message>
        <source>Could not save the column mapping “%1”.</source>
        <translation>无法保存列映射“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the column mapping.</source>
        <translation>无法删除该列映射。</translation>
    </message>
    <message>
        <source>Could not check whose customers the import names.</source>
        <translation>无法核对此次导入涉及的客户归属。</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <source>Write a short summary of the follow-up (what was discussed).</source>
        <translation>请简要填写跟进内容（沟通了什么）。</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; keep it under 4,000.</source>
        <translation>跟进内容长达 %1 个字符，请控制在 4000 个字符以内。</translation>
    </message>
    <message>
        <source>The follow-up time %1 is in the future; log follow-ups after they happen and plan the next one with “Next follow-up”.</source>
        <translation>跟进时间 %1 晚于当前时间；请在跟进发生后再记录，并用“下次跟进”安排下一次跟进。</translation>
    </message>
    <message>
        <source>The next follow-up date %1 is in the past; choose today or a later day.</source>
        <translation>下次跟进日期 %1 已经过去，请选择今天或之后的日期。</translation>
    </message>
    <message>
        <source>The next follow-up date %1 is more than five years away; check the year.</source>
        <translation>下次跟进日期 %1 距今超过五年，请检查年份。</translation>
    </message>
    <message>
        <source>Give the next action a date, or leave both empty.</source>
        <translation>请为下一步行动填写下次跟进日期，或将两者都留空。</translation>
    </message>
    <message>
        <source>Choose the customer, lead or deal this follow-up was about.</source>
        <translation>请选择本次跟进所针对的客户、线索或商机。</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>There are no customers to cluster.</source>
        <translation>没有可聚类的客户。</translation>
    </message>
    <message>
        <source>The number of clusters must be at least 1 (it was %1).</source>
        <translation>客户群数至少为 1（当前为 %1）。</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>聚类已取消。</translation>
    </message>
</context>
<context>
    <name>LeadAssignment</name>
    <message>
        <source>rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>%1 → %2 (rule: %3)</source>
        <translation>%1 → %2（规则：%3）</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is mapped to “%3”, which leads do not have. Use one of: %4.</source>
        <translation>第 %1 列（“%2”）映射到了“%3”，但线索没有该字段。请使用以下字段之一：%4。</translation>
    </message>
    <message>
        <source>No column is mapped to the contact&apos;s name. Map the column that holds it, then import again.</source>
        <translation>没有列映射到联系人姓名。请映射包含联系人姓名的列，然后重新导入。</translation>
    </message>
    <message>
        <source>No user has this login or name. Add the user first, or leave the cell empty to put the lead in the public pool.</source>
        <translation>没有使用此登录名或名称的用户。请先添加该用户，或将此单元格留空，把线索放入公海。</translation>
    </message>
    <message>
        <source>importing leads from “%1”</source>
        <translation>正在从“%1”导入线索</translation>
    </message>
    <message>
        <source>You can give leads only to yourself or the members of your team; leave the cell empty to put the lead in the public pool.</source>
        <translation>您只能将线索分配给自己或本团队的成员；将此单元格留空即可将线索放入公海。</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Could not save the lead “%1”.</source>
        <translation>无法保存线索“%1”。</translation>
    </message>
    <message>
        <source>Could not read lead %1.</source>
        <translation>无法读取线索 %1。</translation>
    </message>
    <message>
        <source>Could not count the leads.</source>
        <translation>无法统计线索数量。</translation>
    </message>
    <message>
        <source>Could not read the leads.</source>
        <translation>无法读取线索。</translation>
    </message>
    <message>
        <source>“%1” was converted into a customer already; work with the customer instead.</source>
        <translation>“%1”已转为客户，请改为处理该客户。</translation>
    </message>
    <message>
        <source>Could not change the lead “%1”.</source>
        <translation>无法修改线索“%1”。</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified (e.g. no budget, wrong contact, competitor).</source>
        <translation>请说明该线索无效的原因（例如：没有预算、联系人有误、已选择竞争对手）。</translation>
    </message>
    <message>
        <source>Could not look for duplicates.</source>
        <translation>无法查找重复记录。</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>电话相同：%1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>邮箱相同：%1</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>“%1” was converted already (customer %2).</source>
        <translation>“%1”已转为客户（客户 %2）。</translation>
    </message>
    <message>
        <source>“%1” is disqualified (%2). Qualify it again before converting.</source>
        <translation>“%1”已标为无效（%2）。请先将其重新标为有效，再转为客户。</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it before linking a lead to it.</source>
        <translation>“%1”在回收站中；请先恢复该客户，再将线索关联到它。</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>市场活动：%1</translation>
    </message>
    <message>
        <source>Interested in: %1</source>
        <translation>意向产品：%1</translation>
    </message>
    <message>
        <source>Could not convert the lead “%1”.</source>
        <translation>无法将线索“%1”转为客户。</translation>
    </message>
    <message>
        <source>Could not look up leads by phone.</source>
        <translation>无法按电话查找线索。</translation>
    </message>
    <message>
        <source>Could not look up leads by e-mail.</source>
        <translation>无法按邮箱查找线索。</translation>
    </message>
    <message>
        <source>You can give leads only to yourself or the members of your team; leave the owner empty to put the lead in the public pool.</source>
        <translation>您只能将线索分配给自己或本团队的成员；负责人留空即可将线索放入公海。</translation>
    </message>
    <message>
        <source>There is no lead with number %1.</source>
        <translation>不存在编号为 %1 的线索。</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>不存在编号为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name: every lead needs one.</source>
        <translation>请输入联系人姓名：每条线索都必须有姓名。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; it should look like name@example.com.</source>
        <translation>“%1”不是有效的邮箱地址，格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>Give at least a phone, an e-mail or a company, so the lead can be reached.</source>
        <translation>请至少填写电话、邮箱或公司中的一项，以便联系该线索。</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Could not read the team members.</source>
        <translation>无法读取团队成员。</translation>
    </message>
    <message>
        <source>Could not record the failed login.</source>
        <translation>无法记录此次失败的登录。</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Check both and try again.</source>
        <translation>登录名或密码错误。请检查后重试。</translation>
    </message>
    <message numerus="yes">
        <source>After wrong passwords, “%1” must wait %n more second(s) before the next try.</source>
        <translation>
            <numerusform>由于密码输入错误，“%1”还需等待 %n 秒才能再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no password yet. Ask an administrator to set one (Tools › Team Members, or guanxi-cli users passwd %1).</source>
        <translation>“%1”还没有密码。请让管理员设置（在“工具 › 团队成员”中，或使用 guanxi-cli users passwd %1）。</translation>
    </message>
    <message>
        <source>The account “%1” has been deactivated. Ask an administrator if you need it again.</source>
        <translation>账户“%1”已停用。如需再次使用，请联系管理员。</translation>
    </message>
    <message>
        <source>Could not record the login.</source>
        <translation>无法记录此次登录。</translation>
    </message>
    <message>
        <source>Could not read the team member.</source>
        <translation>无法读取该团队成员。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guanxi databases (*.guanxi *.db *.sqlite);;All files (*)</source>
        <translation>Guanxi 数据库 (*.guanxi *.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MergeStore</name>
    <message>
        <source>Could not merge the customers.</source>
        <translation>无法合并客户。</translation>
    </message>
    <message>
        <source>Could not undo the merge.</source>
        <translation>无法撤销合并。</translation>
    </message>
    <message>
        <source>Could not record the merge.</source>
        <translation>无法记录合并。</translation>
    </message>
    <message>
        <source>Could not read merge %1.</source>
        <translation>无法读取合并记录 %1。</translation>
    </message>
    <message>
        <source>There is no merge %1. List the merges to see their numbers.</source>
        <translation>不存在合并记录 %1。请列出合并记录以查看其编号。</translation>
    </message>
    <message>
        <source>Could not read the merges.</source>
        <translation>无法读取合并记录。</translation>
    </message>
    <message>
        <source>Could not record the undo of merge %1.</source>
        <translation>无法记录对合并 %1 的撤销。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema step %1 is missing from this build of Guanxi.</source>
        <translation>当前构建的 Guanxi 缺少数据结构升级步骤 %1。</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1.</source>
        <translation>无法将数据库升级到版本 %1。</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1; it was left at version %2.</source>
        <translation>无法将数据库升级到版本 %1，数据库仍保持在版本 %2。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount, e.g. 12,345.67.</source>
        <translation>请输入金额，例如 12,345.67。</translation>
    </message>
    <message>
        <source>“%1” is negative; an amount cannot be below zero.</source>
        <translation>“%1”是负数；金额不能小于零。</translation>
    </message>
    <message>
        <source>“%1” is not an amount; use digits with an optional decimal point, e.g. 12345.67.</source>
        <translation>“%1”不是有效的金额；请使用数字，可带小数点，例如 12345.67。</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; amounts are kept to the cent (fen).</source>
        <translation>“%1”的小数超过两位；金额只精确到分。</translation>
    </message>
    <message>
        <source>“%1” is too large; the largest amount is 10,000,000,000,000.</source>
        <translation>“%1”过大；金额最大为 10,000,000,000,000。</translation>
    </message>
</context>
<context>
    <name>NotificationStore</name>
    <message>
        <source>Could not record the notification.</source>
        <translation>无法记录通知。</translation>
    </message>
    <message>
        <source>Could not read the notifications.</source>
        <translation>无法读取通知。</translation>
    </message>
    <message>
        <source>Could not mark the notifications read.</source>
        <translation>无法将通知标为已读。</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Could not read what the team member holds.</source>
        <translation>无法读取该团队成员名下的记录。</translation>
    </message>
    <message>
        <source>Could not hand over record %1.</source>
        <translation>无法移交记录 %1。</translation>
    </message>
    <message>
        <source>Could not read who manages the team member.</source>
        <translation>无法读取该团队成员的销售经理。</translation>
    </message>
    <message>
        <source>Could not read the administrators.</source>
        <translation>无法读取管理员。</translation>
    </message>
    <message>
        <source>Nobody can take over the deals and orders of this team member: name a manager or an active administrator first.</source>
        <translation>没有人可以接手该团队成员的商机和订单：请先指定一位销售经理或启用中的管理员。</translation>
    </message>
    <message>
        <source>%1 left the team</source>
        <translation>%1 已离开团队</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Sales Order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>As agreed</source>
        <translation>按约定</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Prices in %1. This quotation is not an invoice.</source>
        <translation>价格以 %1 计。本报价单不作为发票。</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>订单号为空</translation>
    </message>
    <message>
        <source>this order number appears twice in the file</source>
        <translation>该订单号在文件中重复出现</translation>
    </message>
    <message>
        <source>an order with this number exists already</source>
        <translation>已存在使用该订单号的订单</translation>
    </message>
    <message>
        <source>not a date; write it like 2026-03-31</source>
        <translation>不是有效日期；请写成 2026-03-31 这样的格式</translation>
    </message>
    <message>
        <source>the customer is empty</source>
        <translation>客户为空</translation>
    </message>
    <message>
        <source>%1 customers match; use the customer&apos;s number, phone or e-mail</source>
        <translation>有 %1 个客户与之匹配；请改用客户编号、电话或邮箱</translation>
    </message>
    <message>
        <source>no such customer; add it first, or import with --create-customers</source>
        <translation>找不到该客户；请先添加该客户，或在导入时使用 --create-customers</translation>
    </message>
    <message>
        <source>Order “%1”: %2</source>
        <translation>订单“%1”：%2</translation>
    </message>
    <message>
        <source>not a currency code; use three letters such as CNY, USD or EUR</source>
        <translation>不是币种代码；请使用 CNY、USD、EUR 这样的三个字母</translation>
    </message>
    <message>
        <source>no such customer; a new customer needs a name, not a number, phone or e-mail</source>
        <translation>没有这个客户；新建客户需要名称，不能是编号、电话或邮箱</translation>
    </message>
    <message>
        <source>“%1” has no orders below its header.</source>
        <translation>“%1”的表头下方没有订单。</translation>
    </message>
    <message>
        <source>importing orders from “%1”</source>
        <translation>正在从“%1”导入订单</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is mapped to “%3”, which orders do not have. Use one of: %4.</source>
        <translation>第 %1 列（“%2”）映射到了“%3”，但订单没有该字段。请使用以下字段之一：%4。</translation>
    </message>
    <message>
        <source>customer&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>customer&apos;s e-mail</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <source>unknown status; use draft, signed, delivered, paid or cancelled (草稿/已签约/已交付/已回款/已取消; 交易成功, 已发货, 退款 and the like are understood too)</source>
        <translation>未知状态；请使用 draft、signed、delivered、paid 或 cancelled（草稿/已签约/已交付/已回款/已取消；交易成功、已发货、退款等也能识别）</translation>
    </message>
    <message>
        <source>“%1” has no column for: %2. The first line must name the columns, e.g. number,customer,date,amount,status (or 订单号,客户,日期,金额,状态), or map them by hand.</source>
        <translation>“%1”缺少以下列：%2。第一行必须是列名，例如 number,customer,date,amount,status（或 订单号,客户,日期,金额,状态），也可以手动映射。</translation>
    </message>
    <message>
        <source>Customer “%1”: %2</source>
        <translation>客户“%1”：%2</translation>
    </message>
    <message>
        <source>the status is empty; write one, or choose the status of orders without one (--status, or “Status for orders without one” in the wizard)</source>
        <translation>状态为空；请填写状态，或选择无状态订单所用的状态（--status，或导入向导中的“无状态订单的状态”）</translation>
    </message>
    <message>
        <source>“%1” has no status column. Map one, or choose the status these orders get (--status paid, or “Status for orders without one” in the wizard).</source>
        <translation>“%1”没有状态列。请映射一列，或选择这些订单的状态（--status paid，或导入向导中的“无状态订单的状态”）。</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Enter an order number.</source>
        <translation>请输入订单号。</translation>
    </message>
    <message>
        <source>Enter the order date (e.g. 2026-03-31).</source>
        <translation>请输入下单日期（例如 2026-03-31）。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as CNY or USD.</source>
        <translation>“%1”不是有效的货币代码，请使用三个字母，如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>Order number “%1” exists already.</source>
        <translation>订单号“%1”已存在。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not save order “%1”.</source>
        <translation>无法保存订单“%1”。</translation>
    </message>
    <message>
        <source>Could not read the orders.</source>
        <translation>无法读取订单。</translation>
    </message>
    <message>
        <source>Could not count the orders.</source>
        <translation>无法统计订单数量。</translation>
    </message>
    <message>
        <source>The order total is too large.</source>
        <translation>订单总额过大。</translation>
    </message>
    <message>
        <source>Could not save the order lines.</source>
        <translation>无法保存订单明细。</translation>
    </message>
    <message>
        <source>Could not save line %1.</source>
        <translation>无法保存明细第 %1 行。</translation>
    </message>
    <message>
        <source>Could not read order %1.</source>
        <translation>无法读取订单 %1。</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not look up order “%1”.</source>
        <translation>无法查找订单“%1”。</translation>
    </message>
    <message>
        <source>Could not number the order.</source>
        <translation>无法为订单生成编号。</translation>
    </message>
    <message>
        <source>“%1” is an order already.</source>
        <translation>“%1”已经是订单，无法再推进。</translation>
    </message>
    <message>
        <source>“%1” is cancelled; it cannot become a contract or an order.</source>
        <translation>“%1”已取消，无法推进为合同或订单。</translation>
    </message>
    <message>
        <source>Could not change “%1”.</source>
        <translation>无法修改“%1”。</translation>
    </message>
    <message>
        <source>“%1” is cancelled; no payment can be recorded against it.</source>
        <translation>“%1”已取消，无法为其记录回款。</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>请输入回款金额。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still owed on “%3”; check the amount.</source>
        <translation>%1 超过了“%3”尚未回款的 %2；请检查金额。</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>回款日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Could not read the payments.</source>
        <translation>无法读取回款记录。</translation>
    </message>
    <message>
        <source>Could not read the products.</source>
        <translation>无法读取产品。</translation>
    </message>
    <message>
        <source>A product needs a SKU and a name.</source>
        <translation>产品必须有 SKU 和名称。</translation>
    </message>
    <message>
        <source>The unit price must be between 0 and 10,000,000,000,000.</source>
        <translation>单价必须介于 0 到 10,000,000,000,000 之间。</translation>
    </message>
    <message>
        <source>SKU “%1” exists already.</source>
        <translation>SKU“%1”已存在。</translation>
    </message>
    <message>
        <source>Could not add the product.</source>
        <translation>无法添加产品。</translation>
    </message>
    <message>
        <source>“%1” is a %2 and owes nothing yet; advance it to an order before recording payments.</source>
        <translation>“%1”是%2，尚不产生应收款；请先推进为订单再登记回款。</translation>
    </message>
    <message>
        <source>“%1” is a draft and owes nothing yet; mark it signed or delivered before recording payments.</source>
        <translation>“%1”是草稿，尚不产生应收款；请先将其标记为已签约或已交付，再登记回款。</translation>
    </message>
    <message>
        <source>Nothing is owed on “%1”: it is settled in full.</source>
        <translation>“%1”没有应收款：已全部结清。</translation>
    </message>
    <message>
        <source>Could not record the payment on “%1”.</source>
        <translation>无法为“%1”登记回款。</translation>
    </message>
    <message>
        <source>Say why the rest will not be paid (for example: the customer closed down, or a discount agreed after delivery).</source>
        <translation>请说明余款不再收回的原因（例如：客户已停业，或交付后协商的折让）。</translation>
    </message>
    <message>
        <source>Could not read payment %1.</source>
        <translation>无法读取回款 %1。</translation>
    </message>
    <message>
        <source>Payment %1 does not exist; it may have been removed already.</source>
        <translation>回款 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Could not remove payment %1.</source>
        <translation>无法删除回款 %1。</translation>
    </message>
    <message>
        <source>Could not read what is owed.</source>
        <translation>无法读取应收款。</translation>
    </message>
    <message>
        <source>A %1 owes nothing, so it cannot be paid; advance it to an order first.</source>
        <translation>%1不产生应收款，不能标记为已回款；请先将其推进为订单。</translation>
    </message>
    <message>
        <source>“%1” is a %2 and owes nothing, so it cannot be paid; advance it to an order first.</source>
        <translation>“%1”是%2，不产生应收款，不能标记为已回款；请先将其推进为订单。</translation>
    </message>
    <message>
        <source>“%1” still has %2 outstanding, so it cannot be marked paid. Record the payments received, or write off the rest with a reason; it becomes paid when nothing is owed.</source>
        <translation>“%1”尚有 %2 未回款，不能标记为已回款。请登记收到的回款，或注明原因核销余额；款项结清后订单自动变为已回款。</translation>
    </message>
    <message>
        <source>“%1” is paid in full, so its status stays paid. If a payment was recorded by mistake, remove it first.</source>
        <translation>“%1”已全额回款，状态保持为已回款。如有误登记的回款，请先将其删除。</translation>
    </message>
    <message>
        <source>“%1” has payments recorded, so it cannot go back to draft. Remove them first, or cancel the order.</source>
        <translation>“%1”已有回款记录，不能退回草稿。请先删除回款，或取消该订单。</translation>
    </message>
    <message>
        <source>“%1” now has %2 outstanding, not %3: a payment was recorded or removed meanwhile. Look at the order again before writing off.</source>
        <translation>“%1”现在未回款 %2，而不是 %3：其间有人登记或删除了回款。请重新查看订单后再核销。</translation>
    </message>
    <message>
        <source>“%1” has %2 received or written off, so cancelling it would make that money disappear. Remove the payments first (for a refund), then cancel.</source>
        <translation>“%1”已有 %2 已收款或已核销，取消订单会让这笔钱凭空消失。请先删除回款（如已退款），再取消。</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>The order total cannot be negative.</source>
        <translation>订单总额不能为负数。</translation>
    </message>
    <message>
        <source>Line %1 needs a description or a product.</source>
        <translation>明细第 %1 行需要填写说明或选择产品。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>明细第 %1 行：数量至少为 1。</translation>
    </message>
    <message>
        <source>Line %1: prices and discounts cannot be negative.</source>
        <translation>明细第 %1 行：单价和折扣不能为负数。</translation>
    </message>
    <message>
        <source>Line %1: the amount is too large.</source>
        <translation>明细第 %1 行：金额过大。</translation>
    </message>
    <message>
        <source>Line %1: the discount is larger than the line&apos;s amount.</source>
        <translation>明细第 %1 行：折扣大于该行金额。</translation>
    </message>
    <message>
        <source>The order total is too large.</source>
        <translation>订单总额过大。</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>折扣不能为负数。</translation>
    </message>
    <message>
        <source>The discount is larger than the order&apos;s lines add up to.</source>
        <translation>折扣大于订单各明细行的合计金额。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Marked paid (no payment details)</source>
        <translation>标记为已回款（无回款明细）</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored: libsodium did not start.</source>
        <translation>无法保存密码：libsodium 未能启动。</translation>
    </message>
    <message>
        <source>The password could not be stored: there was not enough memory to hash it.</source>
        <translation>无法保存密码：内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Edit pool and assignment rules</source>
        <translation>编辑公海和分配规则</translation>
    </message>
    <message>
        <source>Edit stages, channels and rates</source>
        <translation>编辑阶段、渠道和汇率</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>See other teams</source>
        <translation>查看其他团队</translation>
    </message>
    <message>
        <source>Reveal others&apos; phone numbers</source>
        <translation>显示他人客户的完整号码</translation>
    </message>
    <message>
        <source>View the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number in %2; kept as written, not verified. Add the area code, or + and the country code for a number from abroad.</source>
        <translation>“%1”太短，不是%2的电话号码；已按原样保留，未验证。请加上区号；如为境外号码，请加上 + 和国家代码。</translation>
    </message>
    <message>
        <source>“%1” does not start with a country calling code that exists; kept as written, not verified. Check the digits after the +.</source>
        <translation>“%1”开头不是有效的国家/地区代码；已按原样保留，未验证。请检查 + 后面的数字。</translation>
    </message>
    <message>
        <source>“%1” has too many digits for a phone number; kept as written, not verified. Check for extra digits, or write an extension as “ext. 123”.</source>
        <translation>“%1”位数太多，不是电话号码；已按原样保留，未验证。请检查是否有多余的数字，或将分机号写成“ext. 123”。</translation>
    </message>
    <message>
        <source>“%1” has no digits, so it is not a phone number; kept as written, not verified. Enter the number&apos;s digits.</source>
        <translation>“%1”不含数字，不是电话号码；已按原样保留，未验证。请输入号码的数字。</translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number in %2; kept as written, not verified. Check for an extra digit, or write an extension as “ext. 123”.</source>
        <translation>“%1”太长，不是%2的电话号码；已按原样保留，未验证。请检查是否多了一位数字，或将分机号写成“ext. 123”。</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for a phone number in %2; kept as written, not verified. Check the digits.</source>
        <translation>“%1”的位数不符合%2电话号码的要求；已按原样保留，未验证。请检查号码。</translation>
    </message>
    <message>
        <source>“%1” is not a number in use in %2 (no such area code or range); kept as written, not verified. Check the digits, or add + and the country code for a number from abroad.</source>
        <translation>“%1”不是%2在用的号码（没有该区号或号段）；已按原样保留，未验证。请检查号码；如为境外号码，请加上 + 和国家代码。</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>“%1” has letters in it; kept as written, not verified. Keep only the digits, or write an extension as “ext. 123”.</source>
        <translation>“%1”中含有字母；已按原样保留，未验证。请只保留数字，或将分机号写成“ext. 123”。</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>固定电话或手机</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>免费电话</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>付费增值电话</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>分摊付费电话</translation>
    </message>
    <message>
        <source>internet (VoIP)</source>
        <translation>网络电话（VoIP）</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>个人号码</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>寻呼机</translation>
    </message>
    <message>
        <source>company number (UAN)</source>
        <translation>企业统一号码（UAN）</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>未知类型</translation>
    </message>
</context>
<context>
    <name>PoolStore</name>
    <message>
        <source>The claim limit must be at least 1.</source>
        <translation>持有上限至少为 1。</translation>
    </message>
    <message>
        <source>Days cannot be negative; use 0 to switch a rule off.</source>
        <translation>天数不能为负数；设为 0 即可关闭该规则。</translation>
    </message>
    <message>
        <source>The warning (%1 days before) must come after the record was assigned: make it shorter than %2 days.</source>
        <translation>提醒时间（提前 %1 天）必须在分配之后：请设为少于 %2 天。</translation>
    </message>
    <message>
        <source>Could not count the public pool.</source>
        <translation>无法统计公海中的记录数量。</translation>
    </message>
    <message>
        <source>Could not read the public pool.</source>
        <translation>无法读取公海。</translation>
    </message>
    <message>
        <source>Could not count what you hold.</source>
        <translation>无法统计您持有的线索和客户数量。</translation>
    </message>
    <message>
        <source>Could not read the record.</source>
        <translation>无法读取该记录。</translation>
    </message>
    <message>
        <source>Lead %1 does not exist, or is converted or disqualified.</source>
        <translation>线索 %1 不存在，或已转化、已标为无效。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist or is in the trash.</source>
        <translation>客户 %1 不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Could not record the move.</source>
        <translation>无法记录此次公海流转。</translation>
    </message>
    <message>
        <source>Choose who you are in Settings before claiming from the pool.</source>
        <translation>请先在“设置”中选择当前用户，再从公海认领。</translation>
    </message>
    <message>
        <source>“%1” is yours already.</source>
        <translation>“%1”已经归您所有。</translation>
    </message>
    <message>
        <source>“%1” is not in the pool any more: %2 holds it. Pick another one from the pool.</source>
        <translation>“%1”已不在公海中：现由 %2 持有。请从公海中另选一条。</translation>
    </message>
    <message>
        <source>Could not check when you last held “%1”.</source>
        <translation>无法查询您上次持有“%1”的时间。</translation>
    </message>
    <message>
        <source>You gave “%1” back to the pool on %2; you can claim it again from %3, so that others get a chance first.</source>
        <translation>您已于 %2 将“%1”退回公海；为了让其他人先有机会认领，您要到 %3 起才能再次认领。</translation>
    </message>
    <message>
        <source>Could not claim “%1”.</source>
        <translation>无法认领“%1”。</translation>
    </message>
    <message>
        <source>“%1” was just claimed by someone else; pick another one from the pool.</source>
        <translation>“%1”刚刚被其他人认领，请从公海中另选一条。</translation>
    </message>
    <message>
        <source>“%1” is in the pool already.</source>
        <translation>“%1”已在公海中。</translation>
    </message>
    <message>
        <source>Could not release “%1”.</source>
        <translation>无法将“%1”释放到公海。</translation>
    </message>
    <message>
        <source>%1 is no longer active; assign to someone else.</source>
        <translation>%1 已停用，请分配给其他人。</translation>
    </message>
    <message>
        <source>Could not assign record %1.</source>
        <translation>无法分配记录 %1。</translation>
    </message>
    <message>
        <source>Could not find records to return to the pool.</source>
        <translation>无法查找需要回收到公海的记录。</translation>
    </message>
    <message>
        <source>Could not return “%1” to the pool.</source>
        <translation>无法将“%1”回收到公海。</translation>
    </message>
    <message>
        <source>Could not read what returns to the pool soon.</source>
        <translation>无法读取即将回收到公海的记录。</translation>
    </message>
    <message>
        <source>Could not read the pool history.</source>
        <translation>无法读取公海流转记录。</translation>
    </message>
    <message>
        <source>New lead for you: %1</source>
        <translation>分配给您的新线索：%1</translation>
    </message>
    <message>
        <source>New customer for you: %1</source>
        <translation>分配给您的新客户：%1</translation>
    </message>
    <message>
        <source>“%1” went back to the public pool: %2</source>
        <translation>“%1”已回收到公海：%2</translation>
    </message>
    <message>
        <source>Could not save the customer “%1”.</source>
        <translation>无法保存客户“%1”。</translation>
    </message>
    <message>
        <source>owner changed in the form</source>
        <translation>在表单中更改了负责人</translation>
    </message>
    <message numerus="yes">
        <source>You hold %n lead(s) and customer(s), the most anyone may hold when claiming (%1). Release or convert some first, or ask a manager to raise the limit.</source>
        <translation>
            <numerusform>您已持有 %n 条线索和客户，已达认领上限（%1）。请先释放或转化一些，或请经理提高上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n lead(s) and customer(s); %2 more would pass the limit of %3. Assign fewer, or raise the limit in the pool rules.</source>
        <translation>
            <numerusform>%1 已持有 %n 条线索和客户；再分配 %2 条将超过上限 %3。请少分配一些，或在公海规则中提高上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no follow-up for %n day(s) (last activity %1)</source>
        <translation>
            <numerusform>%n 天未跟进（最近活动：%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no won deal for %n day(s) (since %1)</source>
        <translation>
            <numerusform>%n 天未赢单（自 %1 起）</numerusform>
        </translation>
    </message>
    <message>
        <source>You can assign records only to the members of your team; %1 is not one of them. Ask their manager or an administrator.</source>
        <translation>您只能将记录分配给本团队的成员；%1 不是本团队成员。请联系其销售经理或管理员。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Owed as of %1; ages count from the order date.</source>
        <translation>截至 %1 的应收款；账龄从订单日期算起。</translation>
    </message>
    <message>
        <source>Orders dated %1 to %2</source>
        <translation>订单日期 %1 至 %2</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>Total owed: %1 %2 on %n order(s)</source>
        <translation>
            <numerusform>应收合计：%1 %2，共 %n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Owed by customer</source>
        <translation>按客户应收</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>应收合计</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最长账龄（天）</translation>
    </message>
    <message>
        <source>Owed by age</source>
        <translation>按账龄应收</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Orders with money owed</source>
        <translation>有应收款的订单</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>The amounts owed add up to more than Guanxi can count. Check the orders with the largest totals (Orders page, sorted by total) for amounts entered by mistake.</source>
        <translation>应收金额合计超出了 Guanxi 能计算的范围。请检查金额最大的订单（在“订单”页按合计排序），看是否有输错的金额。</translation>
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Line %1: a text of %2 characters was cut to %3 in the rejects workbook, the most an Excel cell holds. Write the rejects as .csv to keep it whole.</source>
        <translation>第 %1 行：一段 %2 个字符的文本在被拒行工作簿中被截为 %3 个字符，这是 Excel 单元格的上限。将被拒行保存为 .csv 可完整保留。</translation>
    </message>
</context>
<context>
    <name>RelativeDates</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Nothing in this window.</source>
        <translation>此时间范围内没有数据。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>… and %1 more rows: export to XLSX or CSV for the whole table.</source>
        <translation>… 另有 %1 行：如需完整表格，请导出为 XLSX 或 CSV。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose another folder or file name; any earlier file of that name is unchanged.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹或文件名；原有的同名文件保持不变。</translation>
    </message>
    <message>
        <source>Made by Guanxi on %1</source>
        <translation>由 Guanxi 生成于 %1</translation>
    </message>
    <message>
        <source>the chart has no data</source>
        <translation>图表没有数据</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法对图像进行编码</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Made by Guanxi on %1</source>
        <translation>由 Guanxi 生成于 %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Could not finish writing “%1”: %2. Any earlier file of that name is unchanged.</source>
        <translation>无法完成写入“%1”：%2。原有的同名文件保持不变。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>“%1” was not kept: the export could not be recorded in the audit trail (%2). Try again; if it keeps failing, ask an administrator to check the file.</source>
        <translation>“%1”未保留：无法将此次导出记入审计日志（%2）。请重试；如果仍然失败，请让管理员检查该文件。</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important development</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important retention</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important win-back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General development</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General retention</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General win-back</source>
        <translation>一般挽留客户</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The window starts after it ends (%1 to %2). Swap the dates.</source>
        <translation>时间范围的开始晚于结束（%1 至 %2）。请交换这两个日期。</translation>
    </message>
    <message>
        <source>The reference date %1 must come after the latest purchase in the window (%2). Choose a later date, or leave it out to use the day after the latest purchase.</source>
        <translation>参考日期 %1 必须晚于时间范围内最后一次购买的日期（%2）。请选择更晚的日期，或不填写，使用最后一次购买的次日。</translation>
    </message>
    <message>
        <source>the first order</source>
        <translation>第一笔订单</translation>
    </message>
    <message>
        <source>the last order</source>
        <translation>最后一笔订单</translation>
    </message>
    <message>
        <source>Reference date: %1</source>
        <translation>参考日期：%1</translation>
    </message>
    <message>
        <source>Customers with purchases: %1; without a purchase in the window: %2</source>
        <translation>有购买的客户：%1；时间范围内无购买的客户：%2</translation>
    </message>
    <message>
        <source>RFM analysis</source>
        <translation>RFM 分析</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近购买间隔（天）</translation>
    </message>
    <message>
        <source>Frequency (orders)</source>
        <translation>购买频次（订单数）</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Segment code</source>
        <translation>分层代码</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cut points</source>
        <translation>分位点</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>R × F</source>
        <translation>R × F</translation>
    </message>
    <message>
        <source>R score</source>
        <translation>R 分</translation>
    </message>
    <message>
        <source>Monetary distribution</source>
        <translation>消费金额分布</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始金额</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各分层的客户数</translation>
    </message>
    <message>
        <source>Segment shares</source>
        <translation>各分层占比</translation>
    </message>
    <message>
        <source>Customers by R and F score</source>
        <translation>按 R 分和 F 分统计的客户数</translation>
    </message>
    <message>
        <source>Customers by monetary value</source>
        <translation>按消费金额统计的客户数</translation>
    </message>
    <message>
        <source>Orders (not quotes or contracts): signed, delivered or paid, in %1, from %2 to %3</source>
        <translation>订单（不含报价单和合同）：已签约、已交付或已回款，币种 %1，%2 至 %3</translation>
    </message>
    <message>
        <source>Orders (not quotes or contracts): signed, delivered or paid, in any currency, from %1 to %2</source>
        <translation>订单（不含报价单和合同）：已签约、已交付或已回款，任意币种，%1 至 %2</translation>
    </message>
</context>
<context>
    <name>RfmClusters</name>
    <message>
        <source>No customer has a purchase in the window, so there is nothing to cluster. Widen the window or check the orders&apos; statuses and currency.</source>
        <translation>时间范围内没有客户有购买记录，因此无法聚类。请扩大时间范围，或检查订单的状态和币种。</translation>
    </message>
    <message>
        <source>The number of clusters must be at least 1 (it was %1); use 0 for the suggested number.</source>
        <translation>客户群数至少为 1（当前为 %1）；填 0 则使用建议值。</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>聚类已取消。</translation>
    </message>
    <message>
        <source>standardised R, F, M scores (1-5)</source>
        <translation>标准化的 R、F、M 分（1-5）</translation>
    </message>
    <message>
        <source>standardised log R, log F, log(1 + M)</source>
        <translation>标准化的 log R、log F、log(1 + M)</translation>
    </message>
    <message>
        <source>Low value, lapsing</source>
        <translation>低价值沉睡</translation>
    </message>
    <message>
        <source>Low value, frequent, lapsing</source>
        <translation>低价值高频沉睡</translation>
    </message>
    <message>
        <source>Low value, occasional, lapsing</source>
        <translation>低价值低频沉睡</translation>
    </message>
    <message>
        <source>Low value, active</source>
        <translation>低价值活跃</translation>
    </message>
    <message>
        <source>Low value, frequent, active</source>
        <translation>低价值高频活跃</translation>
    </message>
    <message>
        <source>Low value, occasional, active</source>
        <translation>低价值低频活跃</translation>
    </message>
    <message>
        <source>High value, lapsing</source>
        <translation>高价值沉睡</translation>
    </message>
    <message>
        <source>High value, frequent, lapsing</source>
        <translation>高价值高频沉睡</translation>
    </message>
    <message>
        <source>High value, occasional, lapsing</source>
        <translation>高价值低频沉睡</translation>
    </message>
    <message>
        <source>High value, active</source>
        <translation>高价值活跃</translation>
    </message>
    <message>
        <source>High value, frequent, active</source>
        <translation>高价值高频活跃</translation>
    </message>
    <message>
        <source>High value, occasional, active</source>
        <translation>高价值低频活跃</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
</context>
<context>
    <name>SalesAccess</name>
    <message>
        <source>Could not read customer %1.</source>
        <translation>无法读取客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>A deal needs an owner: yourself or a member of your team.</source>
        <translation>商机需要负责人：您自己或本团队的成员。</translation>
    </message>
    <message>
        <source>An order needs an owner: yourself or a member of your team.</source>
        <translation>订单需要负责人：您自己或本团队的成员。</translation>
    </message>
    <message>
        <source>You can give deals and orders only to yourself or the members of your team; choose one of them as the owner.</source>
        <translation>您只能将商机和订单分配给自己或本团队的成员；请从中选择一人作为负责人。</translation>
    </message>
</context>
<context>
    <name>SalesFilters</name>
    <message>
        <source>The period starts after it ends (%1 to %2). Swap the dates.</source>
        <translation>期间的开始晚于结束（%1 至 %2）。请交换这两个日期。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as CNY.</source>
        <translation>“%1”不是有效的货币代码，请使用三个字母，如 CNY。</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>无来源渠道</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>销售员：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源渠道：%1</translation>
    </message>
    <message>
        <source>Currency: only %1, not converted (amounts in other currencies are left out)</source>
        <translation>币种：仅 %1，不换算（其他币种的金额不计入）</translation>
    </message>
</context>
<context>
    <name>SalesStore</name>
    <message>
        <source>Could not read the deals and their stage history.</source>
        <translation>无法读取商机及其阶段历史。</translation>
    </message>
    <message>
        <source>Could not sum up the purchases by month.</source>
        <translation>无法按月汇总购买记录。</translation>
    </message>
    <message>
        <source>Could not group the customers by their first purchase.</source>
        <translation>无法按首次购买对客户分组。</translation>
    </message>
    <message>
        <source>Could not count the repeat buyers.</source>
        <translation>无法统计复购客户。</translation>
    </message>
    <message>
        <source>Could not count the new customers by month.</source>
        <translation>无法按月统计新客户。</translation>
    </message>
    <message>
        <source>Could not count the follow-ups by salesperson.</source>
        <translation>无法按销售员统计跟进。</translation>
    </message>
    <message>
        <source>Could not count the overdue follow-ups.</source>
        <translation>无法统计逾期跟进。</translation>
    </message>
    <message>
        <source>Could not add up the deals for the dashboard.</source>
        <translation>无法为仪表盘汇总商机。</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The number of customers and orders cannot be negative.</source>
        <translation>客户和订单的数量不能为负数。</translation>
    </message>
    <message>
        <source>Orders need customers: ask for at least one customer.</source>
        <translation>订单需要关联客户：请至少生成一个客户。</translation>
    </message>
    <message>
        <source>Could not create sample customer %1: %2</source>
        <translation>无法创建示例客户 %1：%2</translation>
    </message>
    <message>
        <source>Creating sample data was cancelled; nothing was added.</source>
        <translation>已取消创建示例数据，未添加任何内容。</translation>
    </message>
    <message>
        <source>Could not create sample order %1: %2</source>
        <translation>无法创建示例订单 %1：%2</translation>
    </message>
    <message>
        <source>Could not create sample lead %1: %2</source>
        <translation>无法创建示例线索 %1：%2</translation>
    </message>
    <message>
        <source>Could not create sample deal %1: %2</source>
        <translation>无法创建示例商机 %1：%2</translation>
    </message>
    <message>
        <source>adding sample data</source>
        <translation>正在添加示例数据</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Could not read the saved views.</source>
        <translation>无法读取已保存的视图。</translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation>请输入视图名称。</translation>
    </message>
    <message>
        <source>Could not save the view “%1”.</source>
        <translation>无法保存视图“%1”。</translation>
    </message>
    <message>
        <source>Could not remove the view.</source>
        <translation>无法删除该视图。</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <source>Could not read the list of tables.</source>
        <translation>无法读取表的列表。</translation>
    </message>
    <message>
        <source>The tables point to each other in a circle (%1); they cannot be copied in order.</source>
        <translation>这些表相互循环引用（%1）；无法按顺序复制。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a server address: “%2” has no value. Write key=value pairs such as host=office-pc dbname=guanxi user=anna, or a postgresql:// address.</source>
        <translation>“%1”不是服务器地址：“%2”没有值。请写成 key=value 的形式，例如 host=office-pc dbname=guanxi user=anna，或写成 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a server address: the value of %2 has no closing quote.</source>
        <translation>“%1”不是服务器地址：%2 的值缺少结束引号。</translation>
    </message>
    <message>
        <source>“%1” is not a server address: port “%2” is not a number from 1 to 65535.</source>
        <translation>“%1”不是服务器地址：端口“%2”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>“%1” is not a server address: a setting has no name.</source>
        <translation>“%1”不是服务器地址：有一项设置没有名称。</translation>
    </message>
    <message>
        <source>“%1” names no database. Add it: postgresql://user@host/guanxi, or dbname=guanxi.</source>
        <translation>“%1”未指定数据库。请加上：postgresql://user@host/guanxi，或 dbname=guanxi。</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@host/database; in a password, write # as %23, @ as %40 and / as %2F.</source>
        <translation>“%1”不是服务器地址。请写成 postgresql://user@host/database；密码中的 # 请写作 %23，@ 写作 %40，/ 写作 %2F。</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>“%1” cannot be the name of a team database: use lower-case letters, digits and _ (at most 63, not starting with a digit), for example guanxi.</source>
        <translation>“%1”不能用作团队数据库的名称：请使用小写字母、数字和 _（最多 63 个字符，不能以数字开头），例如 guanxi。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动。请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1 to create the database. Check the address, user and password.</source>
        <translation>无法连接到 %1 上的服务器以创建数据库。请检查地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Could not look for the database on the server.</source>
        <translation>无法在服务器上查找该数据库。</translation>
    </message>
    <message>
        <source>Your login %1 may not create databases on this server. Run this as the server&apos;s administrator (for example postgres), or ask them to.</source>
        <translation>您的登录名 %1 无权在此服务器上创建数据库。请以服务器管理员身份（例如 postgres）运行，或请管理员代为运行。</translation>
    </message>
    <message>
        <source>Could not create the database %1.</source>
        <translation>无法创建数据库 %1。</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>Another program is writing to the database. Try again in a moment.</source>
        <translation>另一个程序正在写入数据库。请稍后重试。</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. Make the file writable and reopen it.</source>
        <translation>数据库以只读方式打开，无法进行任何更改。请将文件设为可写后重新打开。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The database file is damaged; Guanxi will not write to it again. Restore a backup (File &gt; Restore from Backup, or guanxi-cli restore).</source>
        <translation>数据库文件已损坏；Guanxi 不会再写入它。请恢复备份（文件 &gt; 从备份恢复，或 guanxi-cli restore）。</translation>
    </message>
    <message>
        <source>Someone else was changing the same records at the same moment. Nothing was changed; try again.</source>
        <translation>有其他人同时在修改相同的记录。未做任何更改；请重试。</translation>
    </message>
    <message>
        <source>It was stopped.</source>
        <translation>操作已被中止。</translation>
    </message>
    <message>
        <source>The database server does not allow your login to do this. Nothing was changed; ask the administrator.</source>
        <translation>数据库服务器不允许您的登录名执行此操作。未做任何更改；请联系管理员。</translation>
    </message>
    <message>
        <source>The connection is read-only, so nothing can be changed.</source>
        <translation>该连接为只读，无法进行任何更改。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed; tell the administrator.</source>
        <translation>数据库服务器的磁盘已满。未做任何更改；请告知管理员。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this was not saved. Open the team database again (File › Open Recent) once the server can be reached.</source>
        <translation>与数据库服务器的连接已断开，因此没有保存。等服务器可以访问后，请重新打开团队数据库（文件 › 最近打开）。</translation>
    </message>
</context>
<context>
    <name>SystemAccount</name>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>TeamSettings</name>
    <message>
        <source>Could not read the team settings.</source>
        <translation>无法读取团队设置。</translation>
    </message>
    <message>
        <source>Could not save the team settings.</source>
        <translation>无法保存团队设置。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation>Unicode（UTF-16，小端序）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode（UTF-16，大端序）</translation>
    </message>
    <message>
        <source>Chinese Simplified (GB18030/GBK)</source>
        <translation>简体中文（GB18030/GBK）</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>日文（Shift_JIS）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧语言（Windows-1252）</translation>
    </message>
</context>
<context>
    <name>TrendAnalysis</name>
    <message>
        <source>The period starts after it ends (%1 to %2). Choose an earlier start or a later end.</source>
        <translation>期间的开始晚于结束（%1 至 %2）。请选择更早的开始日期或更晚的结束日期。</translation>
    </message>
    <message>
        <source>The period covers %1 months; choose at most %2 months (ten years).</source>
        <translation>期间长达 %1 个月；最多只能选择 %2 个月（十年）。</translation>
    </message>
    <message>
        <source>Months: %1 to %2</source>
        <translation>月份：%1 至 %2</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Overdue follow-ups: as of %1</source>
        <translation>逾期跟进：截至 %1</translation>
    </message>
    <message>
        <source>Sales trends by month</source>
        <translation>月度销售趋势</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Purchasing customers</source>
        <translation>购买客户</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>回头客户</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Customers with two or more purchases</source>
        <translation>购买两次及以上的客户</translation>
    </message>
    <message>
        <source>Follow-ups by salesperson</source>
        <translation>各销售员的跟进</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>月度销售额</translation>
    </message>
    <message>
        <source>New and purchasing customers</source>
        <translation>新客户与购买客户</translation>
    </message>
    <message>
        <source>Repeat purchase rate by month</source>
        <translation>月度复购率</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Could not read the team members.</source>
        <translation>无法读取团队成员。</translation>
    </message>
    <message>
        <source>Could not read the team member.</source>
        <translation>无法读取该团队成员。</translation>
    </message>
    <message>
        <source>There is no team member with number %1.</source>
        <translation>不存在编号为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>There is no team member with login “%1”.</source>
        <translation>不存在登录名为“%1”的团队成员。</translation>
    </message>
    <message>
        <source>A team member needs a login and a display name.</source>
        <translation>团队成员必须有登录名和显示名称。</translation>
    </message>
    <message>
        <source>The login “%1” is taken; choose another.</source>
        <translation>登录名“%1”已被占用，请另选一个。</translation>
    </message>
    <message>
        <source>Could not add the team member.</source>
        <translation>无法添加团队成员。</translation>
    </message>
    <message>
        <source>A team member needs a display name.</source>
        <translation>团队成员必须有显示名称。</translation>
    </message>
    <message>
        <source>Could not save the team member.</source>
        <translation>无法保存团队成员。</translation>
    </message>
    <message>
        <source>Only an administrator can change an administrator&apos;s account or make someone one.</source>
        <translation>只有管理员才能修改管理员的账户，或将他人设为管理员。</translation>
    </message>
    <message>
        <source>Could not count the administrators.</source>
        <translation>无法统计管理员数量。</translation>
    </message>
    <message>
        <source>Could not save the password of %1.</source>
        <translation>无法保存 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make someone else an administrator first, so that the file keeps one.</source>
        <translation>%1 是唯一启用中的管理员。请先将其他人设为管理员，以确保此文件始终有一位管理员。</translation>
    </message>
    <message>
        <source>Could not change the role of %1.</source>
        <translation>无法更改 %1 的角色。</translation>
    </message>
    <message>
        <source>%1 cannot be their own manager; choose someone else or nobody.</source>
        <translation>%1 不能担任自己的销售经理；请选择其他人，或不指定。</translation>
    </message>
    <message>
        <source>Could not change the team of %1.</source>
        <translation>无法更改 %1 的团队。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>您不能停用自己；请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>%1 is deactivated already.</source>
        <translation>%1 已处于停用状态。</translation>
    </message>
    <message>
        <source>Hand the records of %1 to a colleague or to the pool, not back to them.</source>
        <translation>请将 %1 的记录移交给同事或退回公海，而不是交还给其本人。</translation>
    </message>
    <message>
        <source>%1 is deactivated; hand the records to an active colleague or to the pool.</source>
        <translation>%1 已停用；请将记录移交给启用中的同事，或退回公海。</translation>
    </message>
    <message>
        <source>handing over the records of %1</source>
        <translation>正在移交 %1 的记录</translation>
    </message>
    <message>
        <source>Could not deactivate %1.</source>
        <translation>无法停用 %1。</translation>
    </message>
    <message>
        <source>%1 is active already.</source>
        <translation>%1 已处于启用状态。</translation>
    </message>
    <message>
        <source>Could not reactivate %1.</source>
        <translation>无法重新启用 %1。</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>label</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>value</source>
        <translation>字段值</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property and was skipped.</source>
        <translation>第 %1 行不是 vCard 属性，已跳过。</translation>
    </message>
    <message>
        <source>Line %1: a contact card inside another one (AGENT) was skipped.</source>
        <translation>第 %1 行：嵌套在另一张联系人名片中的名片（AGENT）已跳过。</translation>
    </message>
    <message>
        <source>Line %1: the contact card that starts here has no “END:VCARD” before the next card on line %2. The file may be damaged; export the contacts again and try again.</source>
        <translation>第 %1 行：从此处开始的联系人名片在第 %2 行的下一张名片之前没有“END:VCARD”。文件可能已损坏；请重新导出联系人后再试。</translation>
    </message>
    <message>
        <source>Line %1: the contact card that starts here has no “END:VCARD”; the file may be cut off. Export the contacts again and try again.</source>
        <translation>第 %1 行：从此处开始的联系人名片没有“END:VCARD”，文件可能被截断。请重新导出联系人后再试。</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no “BEGIN:VCARD” line. Choose a .vcf file exported from a phone, Outlook or a mail program.</source>
        <translation>这不是 vCard 文件：其中没有“BEGIN:VCARD”行。请选择从手机、Outlook 或邮件程序导出的 .vcf 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Photos were not imported (%n contact(s) had one).</source>
        <translation>
            <numerusform>未导入照片（有 %n 个联系人带有照片）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) were not listed.</source>
        <translation>
            <numerusform>另有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is outside any contact card and was skipped.</source>
        <translation>第 %1 行不在任何联系人名片内，已跳过。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 are outside any contact card and were skipped.</source>
        <translation>第 %1 到 %2 行不在任何联系人名片内，已跳过。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but is not. Export the contacts again as UTF-8 and try again.</source>
        <translation>文件声明为 UTF-16，但实际不是。请将联系人重新导出为 UTF-8 格式后再试。</translation>
    </message>
    <message>
        <source>Line %1: the contact card that starts on line %2 holds more than %3 characters of text, more than Guanxi imports for one contact. Shorten its notes in your contacts program, export again and retry.</source>
        <translation>第 %1 行：从第 %2 行开始的联系人名片含有超过 %3 个字符的文本，超出 Guanxi 对单个联系人的导入上限。请在通讯录程序中缩短其备注，重新导出后重试。</translation>
    </message>
    <message>
        <source>Line %1: the contact card that starts on line %2 has more than %3 names, phone numbers, addresses and other fields, more than Guanxi imports for one contact. The file may be damaged; export the contacts again and retry.</source>
        <translation>第 %1 行：从第 %2 行开始的联系人名片含有超过 %3 个姓名、电话、地址等字段，超出 Guanxi 对单个联系人的导入上限。文件可能已损坏；请重新导出联系人后重试。</translation>
    </message>
    <message>
        <source>Line %1: the %2 is longer than %3 characters, more than Guanxi imports for one contact. Shorten it in your contacts program, export again and retry.</source>
        <translation>第 %1 行：%2 超过 %3 个字符，超出 Guanxi 对单个联系人的导入上限。请在通讯录程序中缩短后重新导出并重试。</translation>
    </message>
    <message>
        <source>There is not enough memory to read %1. Close other programs and retry, or export the contacts in smaller files.</source>
        <translation>内存不足，无法读取%1。请关闭其他程序后重试，或将联系人分成较小的文件导出。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>these contacts</source>
        <translation>这些联系人</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that the file is still there and that you may read it, then import again.</source>
        <translation>无法读取“%1”：%2。请确认文件仍在原处且您有权读取，然后重新导入。</translation>
    </message>
    <message>
        <source>Line %1, in the card that starts on line %2: the %3 is not valid base64 and was left out. Check the contact after the import.</source>
        <translation>第 %1 行（位于从第 %2 行开始的名片中）：%3 不是有效的 base64，已略去。导入后请检查该联系人。</translation>
    </message>
    <message>
        <source>Line %1, in the card that starts on line %2: the %3 is in the character set “%4”, which Guanxi cannot read; it was read as UTF-8. Check the contact after the import.</source>
        <translation>第 %1 行（位于从第 %2 行开始的名片中）：%3 使用的字符集“%4”Guanxi 无法读取，已按 UTF-8 读取。导入后请检查该联系人。</translation>
    </message>
    <message>
        <source>Line %1, in the card that starts on line %2: the %3 has bytes that are not valid %4 text; it was imported without them as “%5”. Check the contact after the import.</source>
        <translation>第 %1 行（位于从第 %2 行开始的名片中）：%3 中有不是有效 %4 文本的字节；已去掉这些字节，导入为“%5”。导入后请检查该联系人。</translation>
    </message>
</context>
<context>
    <name>WalCheck</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>its header is damaged, so none of the %1 bytes of changes in it can be read</source>
        <translation>其文件头已损坏，其中 %1 字节的更改均无法读取</translation>
    </message>
    <message numerus="yes">
        <source>frame %1 of %2 is damaged, and %n committed change(s) after it could not be read</source>
        <translation>
            <numerusform>第 %1 帧（共 %2 帧）已损坏，其后 %n 个已提交的更改无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the log is kept as “%1”. </source>
        <translation>日志副本已保存为“%1”。</translation>
    </message>
    <message>
        <source>The log of recent changes beside this file is damaged: %1. You see the file as it was before the damage, read-only. %2Restore a backup (File &gt; Restore from Backup) to go on working.</source>
        <translation>此文件旁的近期更改日志已损坏：%1。您现在以只读方式看到损坏之前的文件。%2请恢复备份（文件 &gt; 从备份恢复）后继续工作。</translation>
    </message>
    <message>
        <source>The log of recent changes beside “%1” is damaged: %2. Opening the file for writing would throw those changes away, so Guanxi did not. %3Open it read-only to see what can be read (guanxi-cli --read-only), or restore a backup.</source>
        <translation>“%1”旁的近期更改日志已损坏：%2。以写入方式打开文件会丢弃这些更改，因此 Guanxi 没有这样做。%3请以只读方式打开以查看可读取的内容（guanxi-cli --read-only），或恢复备份。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>“%1” is damaged: its part “%2” cannot be read. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：无法读取其中的部件“%2”。请在 Excel 或 WPS 中打开并重新保存，然后重试。</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, WPS or Excel, save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation>“%1”是 OpenDocument 电子表格（.ods）。请在 LibreOffice、WPS 或 Excel 中打开，另存为 Excel 工作簿（.xlsx）后重新导入。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but not an Excel workbook. Choose the .xlsx file itself, or open the data in Excel or WPS and save it as .xlsx.</source>
        <translation>“%1”是 zip 压缩包，但不是 Excel 工作簿。请选择 .xlsx 文件本身，或在 Excel 或 WPS 中打开数据并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>“%1” contains no sheets. Open it in Excel or WPS, check that it holds your data, save it and retry.</source>
        <translation>“%1”中没有工作表。请在 Excel 或 WPS 中打开，确认其中包含您的数据，保存后重试。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose the workbook again; if it was downloaded, download it again.</source>
        <translation>“%1”是空文件。请重新选择该工作簿；如果是下载的文件，请重新下载。</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save it and import it again.</source>
        <translation>“%1”受密码保护。请在 Excel 或 WPS 中打开，取消密码（文件 ▸ 信息 ▸ 保护工作簿），保存后重新导入。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation>“%1”是旧版 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后重新导入。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its zip structure cannot be read. It may be cut off; copy or download it again, or open it in Excel or WPS and save it again.</source>
        <translation>“%1”已损坏：无法读取其 zip 结构，文件可能被截断。请重新复制或下载，或在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx). If it is a CSV or text file, import it as CSV; otherwise open it in Excel or WPS and save it as .xlsx.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）。如果它是 CSV 或文本文件，请按 CSV 导入；否则请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its list of contents cannot be read. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：无法读取其内容列表。请在 Excel 或 WPS 中打开并重新保存，然后重试。</translation>
    </message>
    <message>
        <source>“%1” is a password-protected zip archive. Save the workbook from Excel or WPS without a password and import it again.</source>
        <translation>“%1”是受密码保护的 zip 压缩包。请在 Excel 或 WPS 中不设密码重新保存该工作簿，然后重新导入。</translation>
    </message>
    <message>
        <source>“%1” has no sheet number %2; it has %3.</source>
        <translation>“%1”中没有第 %2 个工作表；它共有 %3 个工作表。</translation>
    </message>
    <message>
        <source>“%1” is already being read; wait until that finishes.</source>
        <translation>正在读取“%1”，请等待读取完成。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the data of sheet “%2” is missing. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”不完整：缺少工作表“%2”的数据。请在 Excel 或 WPS 中打开并重新保存，然后重试。</translation>
    </message>
    <message>
        <source>“%1” is damaged: sheet “%2” cannot be read after row %3. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”已损坏：工作表“%2”第 %3 行之后的内容无法读取。请在 Excel 或 WPS 中打开并重新保存，然后重试。</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than %2 MB, over %3 times its own size, which workbooks saved by Excel or WPS never do: it is damaged or made to exhaust memory. Open it in Excel or WPS and save it again, or split the data over several workbooks, and retry.</source>
        <translation>“%1”解压后超过 %2 MB，是其自身大小的 %3 倍以上，Excel 或 WPS 保存的工作簿不会这样：它已损坏，或是被故意制作来耗尽内存。请在 Excel 或 WPS 中打开并重新保存，或将数据拆分到多个工作簿后重试。</translation>
    </message>
    <message>
        <source>“%1” holds a text of more than %2 characters (%3), more than Guanxi reads in one cell. Shorten it in Excel or WPS, for example by moving part of a long note to another column, and retry.</source>
        <translation>“%1”含有超过 %2 个字符的文本（%3），超出 Guanxi 单个单元格的读取上限。请在 Excel 或 WPS 中缩短它，例如把长备注的一部分移到另一列，然后重试。</translation>
    </message>
    <message>
        <source>part “%1”</source>
        <translation>部件“%1”</translation>
    </message>
    <message>
        <source>shared text number %L1</source>
        <translation>第 %L1 个共享文本</translation>
    </message>
    <message>
        <source>“%1” holds more text than can be imported at once: over %2 different texts or %3 characters. Split it into smaller workbooks and import them one by one.</source>
        <translation>“%1”含有的文本超出一次可导入的量：超过 %2 个不同文本或 %3 个字符。请拆分为较小的工作簿，逐个导入。</translation>
    </message>
    <message>
        <source>There is not enough memory to open “%1”. Close other programs and retry, or split the workbook into smaller ones.</source>
        <translation>内存不足，无法打开“%1”。请关闭其他程序后重试，或将工作簿拆分为较小的文件。</translation>
    </message>
    <message>
        <source>There is not enough memory to read sheet “%2” of “%1”. Close other programs and retry, or split the sheet into smaller workbooks.</source>
        <translation>内存不足，无法读取“%1”的工作表“%2”。请关闭其他程序后重试，或将该工作表拆分为较小的工作簿。</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>“%1”: row %3 of sheet “%2” holds more than %4 characters of text, more than Guanxi reads in one row (the limit is reached in cell %5). Shorten the text in that row in Excel or WPS and retry.</source>
        <translation>“%1”：工作表“%2”的第 %3 行含有超过 %4 个字符的文本，超出 Guanxi 单行的读取上限（在单元格 %5 处达到上限）。请在 Excel 或 WPS 中缩短该行的文本后重试。</translation>
    </message>
    <message>
        <source>“%1”: sheet “%2” has more than 1,048,576 rows, the most Excel can hold; it is damaged or was not saved by a spreadsheet program. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”：工作表“%2”超过 1,048,576 行，这是 Excel 的上限；文件已损坏，或不是由电子表格程序保存的。请在 Excel 或 WPS 中打开并重新保存后重试。</translation>
    </message>
    <message>
        <source>“%1”: row %3 of sheet “%2” has more than 16,384 cells, the most Excel can hold; it is damaged or was not saved by a spreadsheet program. Open it in Excel or WPS, save it again and retry.</source>
        <translation>“%1”：工作表“%2”的第 %3 行超过 16,384 个单元格，这是 Excel 的上限；文件已损坏，或不是由电子表格程序保存的。请在 Excel 或 WPS 中打开并重新保存后重试。</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2</source>
        <translation>工作表“%1”第 %2 行</translation>
    </message>
    <message>
        <source>sheet “%1”, after row %2</source>
        <translation>工作表“%1”第 %2 行之后</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot save “%1”: it is a folder. Choose a file name.</source>
        <translation>无法保存“%1”：这是一个文件夹。请选择一个文件名。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder does not exist. Choose another folder.</source>
        <translation>无法保存“%1”：文件夹不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2. Choose a folder you can write to.</source>
        <translation>无法保存“%1”：%2。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the spreadsheet writer could not start. Close other programs to free memory and try again.</source>
        <translation>无法保存“%1”：无法启动电子表格写入程序。请关闭其他程序以释放内存，然后重试。</translation>
    </message>
    <message>
        <source>Cannot add a sheet to “%1”: it is already saved.</source>
        <translation>无法向“%1”添加工作表：该文件已保存。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: a sheet can have at most 16,384 columns. Export fewer columns.</source>
        <translation>无法保存“%1”：一个工作表最多只能有 16,384 列。请减少导出的列。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the sheet “%2” cannot be added.</source>
        <translation>无法保存“%1”：无法添加工作表“%2”。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the header of sheet “%2” cannot be written.</source>
        <translation>无法保存“%1”：无法写入工作表“%2”的表头。</translation>
    </message>
    <message>
        <source>Cannot add a row to “%1”: no sheet was started.</source>
        <translation>无法向“%1”添加行：尚未创建工作表。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: sheet “%2” would have more than 1,048,576 rows, the most Excel can hold. Export fewer rows, for example with a filter.</source>
        <translation>无法保存“%1”：工作表“%2”将超过 1,048,576 行，这是 Excel 所能容纳的上限。请减少导出的行，例如使用筛选。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: sheet “%2”, row %3, column %4 needs an amount in whole fen.</source>
        <translation>无法保存“%1”：工作表“%2”第 %3 行第 %4 列的金额必须精确到分。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: sheet “%2”, row %3, column %4 cannot be written.</source>
        <translation>无法保存“%1”：无法写入工作表“%2”第 %3 行第 %4 列。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the filter of sheet “%2” cannot be set.</source>
        <translation>无法保存“%1”：无法为工作表“%2”设置筛选。</translation>
    </message>
    <message>
        <source>Cannot save “%1”. Check that the disk is not full and that you may write to the folder, then try again.</source>
        <translation>无法保存“%1”。请检查磁盘是否已满，以及您是否有该文件夹的写入权限，然后重试。</translation>
    </message>
    <message>
        <source>Cannot replace “%1”. If it is open in Excel or WPS, close it there and try again.</source>
        <translation>无法替换“%1”。如果该文件已在 Excel 或 WPS 中打开，请先关闭再重试。</translation>
    </message>
    <message>
        <source>Cannot add a chart to “%1”: start a sheet first.</source>
        <translation>无法向“%1”添加图表：请先新建一个工作表。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the chart “%2” cannot be added.</source>
        <translation>无法保存“%1”：无法添加图表“%2”。</translation>
    </message>
    <message>
        <source>Cannot shade cells in “%1”: start a sheet first.</source>
        <translation>无法为“%1”中的单元格着色：请先新建一个工作表。</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the cells of sheet “%2” cannot be shaded.</source>
        <translation>无法保存“%1”：无法为工作表“%2”中的单元格着色。</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
</context>
<context>
    <name>guanxi::Session</name>
    <message>
        <source>Could not prepare what this user may see.</source>
        <translation>无法准备此用户可查看的数据范围。</translation>
    </message>
    <message>
        <source>Your role (%1) does not have the permission “%2”; ask an administrator to grant it.</source>
        <translation>您的角色（%1）没有“%2”权限；请让管理员授予该权限。</translation>
    </message>
    <message>
        <source>Could not listen for the team&apos;s changes.</source>
        <translation>无法监听团队的更改。</translation>
    </message>
</context>
<context>
    <name>guanxi::TodayModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所属公司</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>Lead (not yet a customer)</source>
        <translation>线索（尚未成为客户）</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s) (%1)</source>
        <translation>
            <numerusform>未来 %n 天（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::AssignmentRulesDialog</name>
    <message>
        <source>Lead assignment rules</source>
        <translation>线索分配规则</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <source>New rule (tried after the ones above; empty fields match anything)</source>
        <translation>新建规则（在以上规则之后匹配；留空的字段匹配任意值）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Text found in the lead&apos;s product interest</source>
        <translation>线索意向产品中包含的文字</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>To one person</source>
        <translation>分给一个人</translation>
    </message>
    <message>
        <source>To the team, in turn</source>
        <translation>团队内轮流分配</translation>
    </message>
    <message>
        <source>To whoever in the team has the fewest open leads</source>
        <translation>分给团队中在手线索最少的人</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>分配方式(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>分配给(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>in turn to</source>
        <translation>轮流分配给</translation>
    </message>
    <message>
        <source>least loaded of</source>
        <translation>按在手线索最少分配给</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4</source>
        <translation>%1：%2 → %3 %4</translation>
    </message>
    <message>
        <source>any lead</source>
        <translation>任意线索</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::AuditPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s); narrow the dates to see older ones</source>
        <translation>
            <numerusform>最新的 %n 条记录；缩小日期范围可查看更早的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (no such login)</source>
        <translation>“%1”（无此登录名）</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>团队成员 %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 条事件导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意编号</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Your administrator set this up with guanxi-cli server init; see docs/TEAM.md.</source>
        <translation>团队数据库由管理员用 guanxi-cli server init 设置；详见 docs/TEAM.md。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, e.g. office-pc or 192.168.1.20. Leave it empty when the server runs on this computer.</source>
        <translation>服务器的名称或地址，例如 office-pc 或 192.168.1.20。服务器在本机运行时请留空。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>The server&apos;s port: %1 unless the administrator says otherwise.</source>
        <translation>服务器的端口：除非管理员另有说明，否则为 %1。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation>您在服务器上的登录名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Prefer (default)</source>
        <translation>优先（默认）</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>Only an encrypted connection; refused if the server offers none</source>
        <translation>仅使用加密连接；服务器不支持加密时拒绝连接</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Never encrypted: only on a network you trust</source>
        <translation>从不加密：仅用于您信任的网络</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Type the name of the team database (usually guanxi). Your administrator can tell you.</source>
        <translation>请输入团队数据库的名称（通常是 guanxi）。可以向管理员询问。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ConvertLeadDialog</name>
    <message>
        <source>Convert “%1” into a customer</source>
        <translation>将“%1”转为客户</translation>
    </message>
    <message>
        <source>Create a new customer from the lead</source>
        <translation>根据线索新建客户</translation>
    </message>
    <message>
        <source>Also create the company</source>
        <translation>同时创建公司</translation>
    </message>
    <message>
        <source>Also add the company “%1” (an existing one with the same name is reused)</source>
        <translation>同时添加公司“%1”（如已有同名公司，则直接使用该公司）</translation>
    </message>
    <message>
        <source>Link the lead to an existing customer:</source>
        <translation>将线索关联到已有客户：</translation>
    </message>
    <message>
        <source>This lead looks like customers you have already. Link it to one of them rather than create a duplicate?</source>
        <translation>此线索与已有客户相似。是否将其关联到其中一个客户，而不是新建一个重复客户？</translation>
    </message>
    <message>
        <source>No customer with the same phone, e-mail or company was found.</source>
        <translation>未找到电话、邮箱或公司相同的客户。</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>转为客户(&amp;C)</translation>
    </message>
    <message>
        <source>Pick the customer to link to, or choose to create a new one.</source>
        <translation>请选择要关联的客户，或选择新建客户。</translation>
    </message>
    <message>
        <source>Also open a deal:</source>
        <translation>同时新建商机：</translation>
    </message>
    <message>
        <source>Deal title, e.g. ERP upgrade 2026</source>
        <translation>商机名称，例如 ERP 升级 2026</translation>
    </message>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Give the deal a title, or untick “Also open a deal”.</source>
        <translation>请填写商机名称，或取消勾选“同时新建商机”。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CurrencyRatesDialog</name>
    <message>
        <source>Currency Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>本位币(&amp;B)：</translation>
    </message>
    <message>
        <source>Sums, the funnel and the reports show amounts in this currency.</source>
        <translation>合计、销售漏斗和报表都以此币种显示金额。</translation>
    </message>
    <message>
        <source>&amp;Use as base</source>
        <translation>设为本位币(&amp;U)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
    <message>
        <source>One unit in the base currency, e.g. 7.1234</source>
        <translation>一个单位折合的本位币金额，例如 7.1234</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>汇率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>生效日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate to %1</source>
        <translation>兑 %1 汇率</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Every order and deal has a rate for its day.</source>
        <translation>每个订单和商机在其日期都有汇率。</translation>
    </message>
    <message>
        <source>The rate of %1 from %2 is saved.</source>
        <translation>%1 自 %2 起的汇率已保存。</translation>
    </message>
    <message>
        <source>The rate of %1 from %2 is removed.</source>
        <translation>%1 自 %2 起的汇率已删除。</translation>
    </message>
    <message>
        <source>Amounts are now summed in %1. Rates to the old base currency are kept but not used; enter the rates to %1.</source>
        <translation>现在金额以 %1 合计。兑旧本位币的汇率会保留但不再使用；请输入兑 %1 的汇率。</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条汇率。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Currency Rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) or deal(s) dated %2 to %3 without a rate, left out of sums.</source>
        <translation>
            <numerusform>%1：日期为 %2 至 %3 的 %n 个订单或商机没有汇率，未计入合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>&amp;Remove field…</source>
        <translation>删除字段(&amp;R)…</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <source>e.g. 客户等级, Budget, Contract end</source>
        <translation>例如：客户等级、预算、合同到期日</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Choices separated by commas, e.g. A, B, C</source>
        <translation>多个选项用逗号或顿号分隔，例如：A、B、C</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>选项(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <source>Select the field to remove first.</source>
        <translation>请先选择要删除的字段。</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Remove the field “%1” and its values from every customer? This cannot be undone.</source>
        <translation>要从所有客户中删除字段“%1”及其值吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Required, e.g. 张伟 or Acme Ltd.</source>
        <translation>必填，例如：张伟、华信科技有限公司</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>所属公司(&amp;O)：</translation>
    </message>
    <message>
        <source>Start typing a company&apos;s name</source>
        <translation>输入公司名称进行查找</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678, 010-8888 6666</source>
        <translation>例如：138 1234 5678，010-8888 6666</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Separate several with commas</source>
        <translation>多个之间用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源渠道(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. VIP, 老客户</source>
        <translation>例如：VIP，老客户</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>省份(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
    <message>
        <source>Save and open the previous record (Alt+Up)</source>
        <translation>保存并打开上一条记录（Alt+Up）</translation>
    </message>
    <message>
        <source>Save and open the next record (Alt+Down)</source>
        <translation>保存并打开下一条记录（Alt+Down）</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>填写数字</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>新建客户：%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>There is no company named “%1”. Pick one from the list, or add the company first.</source>
        <translation>没有名为“%1”的公司。请从列表中选择，或先添加该公司。</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields; nothing was saved yet.</source>
        <translation>请更正标出的字段；目前尚未保存任何内容。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <source>Next fo&amp;llow-up:</source>
        <translation>下次跟进(&amp;L)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一条</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一条 ▶</translation>
    </message>
    <message>
        <source>This looks like a customer you already have: %1. Open it, or press Save again to add “%2” as a new customer anyway.</source>
        <translation>这看起来像一位已有的客户：%1。可打开该客户，或再次点击“保存”仍将“%2”添加为新客户。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerListProxy</name>
    <message>
        <source>Overdue: this follow-up date has passed.</source>
        <translation>已逾期：跟进日期已过。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerPanel</name>
    <message>
        <source>Select a customer to see the details here.</source>
        <translation>选择一个客户，即可在此查看详细信息。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>发邮件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Follow up: %1 (overdue)</source>
        <translation>下次跟进：%1（已逾期）</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>下次跟进：%1</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>无邮箱地址</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Log a call, visit or message and plan the next follow-up (Ctrl+L)</source>
        <translation>记录一次通话、拜访或消息，并安排下次跟进（Ctrl+L）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>下次跟进：%1 %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Purchases: %1, %2 in total; the last on %3.</source>
        <translation>购买记录：共 %1 笔，合计 %2；最近一笔在 %3。</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>商机“%1”</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>opened in %1, %2</source>
        <translation>创建于“%1”阶段，%2</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Nothing was dialled: no program on this computer makes phone calls (tel: links). %1 and dial it from your phone, or set up a calling program in your system settings.</source>
        <translation>未拨号：这台电脑上没有能拨打电话的程序（tel: 链接）。%1，用手机拨打；或在系统设置中配置通话程序。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>No e-mail program is set up on this computer (mailto: links). %1 and write from your usual mail.</source>
        <translation>这台电脑上没有设置邮件程序（mailto: 链接）。%1，在您常用的邮箱中撰写。</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>这台电脑上没有能打开“%1”的程序。</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Reveal Numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show the full phone numbers of this customer in the pool; this is recorded in the audit log</source>
        <translation>显示此公海客户的完整电话号码；此操作会记入审计日志</translation>
    </message>
    <message>
        <source>Restore This Value</source>
        <translation>恢复此值</translation>
    </message>
    <message>
        <source>Puts back the value the field had before this change, as a new change</source>
        <translation>将该字段恢复为此次更改前的值，并作为一次新的更改记录</translation>
    </message>
    <message>
        <source>The earlier value is back; the history shows the change.</source>
        <translation>已恢复之前的值；历史记录中会显示此次更改。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerPicker</name>
    <message>
        <source>Type a name, pinyin or phone digits</source>
        <translation>输入名称、拼音或电话号码进行查找</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomersPage</name>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation>只显示某一阶段</translation>
    </message>
    <message>
        <source>Show one owner&apos;s customers only</source>
        <translation>只显示某位负责人的客户</translation>
    </message>
    <message>
        <source>Show customers with this tag</source>
        <translation>显示带有此标签的客户</translation>
    </message>
    <message>
        <source>Show customers from this source</source>
        <translation>显示来自此渠道的客户</translation>
    </message>
    <message>
        <source>Show customers in this city</source>
        <translation>显示此城市的客户</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Save these filters, search and order as a named view</source>
        <translation>将当前的筛选条件、搜索和排序保存为命名视图</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源渠道</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation>本周待跟进</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name for this view (filters, search and order):</source>
        <translation>此视图的名称（包含筛选条件、搜索和排序）：</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>This file is open read-only; customers cannot be added.</source>
        <translation>此文件以只读方式打开，无法添加客户。</translation>
    </message>
    <message>
        <source>Move “%1” to trash</source>
        <translation>将“%1”移到回收站</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Move %1 customers to trash</source>
        <translation>将 %1 个客户移到回收站</translation>
    </message>
    <message>
        <source>Moved the customer to the trash. Undo with Ctrl+Z, or restore it from the Trash.</source>
        <translation>已将该客户移到回收站。可按 Ctrl+Z 撤销，或从回收站中恢复。</translation>
    </message>
    <message>
        <source>Moved %1 customers to the trash. Undo with Ctrl+Z, or restore them from the Trash.</source>
        <translation>已将 %1 个客户移到回收站。可按 Ctrl+Z 撤销，或从回收站中恢复。</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>分配给(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Release to the public pool</source>
        <translation>释放到公海(&amp;R)</translation>
    </message>
    <message>
        <source>assigned from the customer list</source>
        <translation>从客户列表分配</translation>
    </message>
    <message>
        <source>released from the customer list</source>
        <translation>从客户列表释放</translation>
    </message>
    <message>
        <source>Show customers in this province</source>
        <translation>显示该省份的客户</translation>
    </message>
    <message>
        <source>Show customers in this industry</source>
        <translation>显示该行业的客户</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>所有省份</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>所有行业</translation>
    </message>
    <message>
        <source>“%1” is not in the list: the filters and the search “%2” hide it. It is shown on the right.</source>
        <translation>“%1”不在列表中：筛选条件和搜索“%2”将其隐藏了。已在右侧显示。</translation>
    </message>
    <message>
        <source>“%1” is not in the list: the search “%2” hides it. It is shown on the right.</source>
        <translation>“%1”不在列表中：搜索“%2”将其隐藏了。已在右侧显示。</translation>
    </message>
    <message>
        <source>“%1” is not in the list: the filters hide it. It is shown on the right.</source>
        <translation>“%1”不在列表中：筛选条件将其隐藏了。已在右侧显示。</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n customer(s).</source>
        <translation>
            <numerusform>已分配 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n customer(s) to the public pool.</source>
        <translation>
            <numerusform>已将 %n 个客户释放到公海。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DashboardStrip</name>
    <message>
        <source>The key figures could not be worked out.</source>
        <translation>无法计算关键指标。</translation>
    </message>
    <message>
        <source>Click to open the report.</source>
        <translation>点击打开报表。</translation>
    </message>
    <message>
        <source>Your deals, customers and leads.</source>
        <translation>您的商机、客户和线索。</translation>
    </message>
    <message>
        <source>The whole team.</source>
        <translation>整个团队。</translation>
    </message>
    <message>
        <source>Your figures: your deals, customers and leads. Click a card for its report.</source>
        <translation>您的数据：您的商机、客户和线索。点击卡片可打开对应报表。</translation>
    </message>
    <message>
        <source>The whole team&apos;s figures. Click a card for its report.</source>
        <translation>整个团队的数据。点击卡片可打开对应报表。</translation>
    </message>
    <message>
        <source>Overdue follow-ups (team)</source>
        <translation>逾期跟进（团队）</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DataQualityPage</name>
    <message>
        <source>No customers yet — the data-quality score appears once there are customers to check. Import them or add them on the Customers page.</source>
        <translation>还没有客户——有客户可供检查后才会显示数据质量评分。请导入客户，或在“客户”页面中添加。</translation>
    </message>
    <message>
        <source>Whose customers the score and the checks count.</source>
        <translation>评分和检查统计的是哪些人的客户。</translation>
    </message>
    <message>
        <source>Recently touched: within </source>
        <translation>近期有活动：</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>共</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Show records</source>
        <translation>显示记录(&amp;S)</translation>
    </message>
    <message>
        <source>List the customers that fail the selected check.</source>
        <translation>列出未通过所选检查项的客户。</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>唯一性</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Double-click a salesperson to see the checks over their customers.</source>
        <translation>双击某个销售员，查看其客户的各项检查结果。</translation>
    </message>
    <message>
        <source>Select a check and choose Show records to list the customers to fix.</source>
        <translation>选择一个检查项，然后点击“显示记录”，即可列出需要修正的客户。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需修正的问题</translation>
    </message>
    <message>
        <source>Checking the customers…</source>
        <translation>正在检查客户…</translation>
    </message>
    <message>
        <source>The data quality could not be checked.</source>
        <translation>无法检查数据质量。</translation>
    </message>
    <message>
        <source>Listing the customers failing “%1”…</source>
        <translation>正在列出未通过“%1”的客户…</translation>
    </message>
    <message>
        <source>The customers could not be listed.</source>
        <translation>无法列出客户。</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>Public pool (no salesperson)</source>
        <translation>公海（无销售员）</translation>
    </message>
    <message>
        <source>Data-quality score %1 out of 100</source>
        <translation>数据质量评分 %1 分（满分 100）</translation>
    </message>
    <message>
        <source>No customer fails “%1”.</source>
        <translation>没有客户未通过“%1”。</translation>
    </message>
    <message>
        <source>The first %1 of %2 customers failing “%3”, oldest first. Double-click one to edit it; Alt+Down in the form moves to the next.</source>
        <translation>未通过“%3”的 %2 个客户中的前 %1 个，最早的在前。双击可编辑客户；在编辑窗口中按 Alt+Down 可转到下一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) failing “%1”. Double-click one to edit it; Alt+Down in the form moves to the next.</source>
        <translation>
            <numerusform>%n 个客户未通过“%1”。双击可编辑客户；在编辑窗口中按 Alt+Down 可转到下一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <comment>data quality, 0 to 100</comment>
        <translation>得分</translation>
    </message>
    <message numerus="yes">
        <source>Out of 100. %n customer(s) checked on %1.</source>
        <translation>
            <numerusform>满分 100。%1 检查了 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> 个月以内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DeactivateDialog</name>
    <message>
        <source>Deactivate Team Member</source>
        <translation>停用团队成员</translation>
    </message>
    <message>
        <source>%1 owns %2 and %3, with their open deals and orders. After deactivation %1 can no longer log in; their name stays on their history.</source>
        <translation>%1 名下有 %2 和 %3，以及相关的进行中商机和订单。停用后，%1 将无法再登录；其姓名仍保留在历史记录中。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n 条在手线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand them to a &amp;colleague:</source>
        <translation>移交给同事(&amp;C)：</translation>
    </message>
    <message>
        <source>Put customers and leads in the public &amp;pool (deals and orders go to their manager)</source>
        <translation>将客户和线索放入公海(&amp;P)（商机和订单移交给其上级）</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. ERP upgrade 2026</source>
        <translation>例如：2026 年 ERP 升级</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>商机名称(&amp;T)：</translation>
    </message>
    <message>
        <source>In yuan, e.g. 120,000.00</source>
        <translation>单位：元，例如：120,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount (CNY):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>赢率(&amp;P)：</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>预计成交日期(&amp;C)：</translation>
    </message>
    <message>
        <source>What they would buy</source>
        <translation>客户打算购买的产品或服务</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>产品(&amp;R)：</translation>
    </message>
    <message>
        <source>Pick the customer from the list that appears as you type.</source>
        <translation>请从输入时出现的列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>No duplicates found: no two customers share a phone, an e-mail, a company name, or a name at the same company.</source>
        <translation>未发现重复：没有任何两个客户的电话、邮箱或公司名称相同，同一公司下也没有名称相同的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of customers look like the same person or company. Choose the values to keep and merge: orders, deals, follow-ups and history move to the kept record, and the other goes to the trash. A merge can be undone under Merges.</source>
        <translation>
            <numerusform>有 %n 组客户看起来是同一个人或同一家公司。请选择要保留的值并合并：订单、商机、跟进和历史记录将转到保留的记录，另一条记录移到回收站。合并可在“合并记录”中撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>并入：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>另一条记录</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>重复客户(&amp;D)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>被并入的客户</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>合并记录(&amp;E)</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>One of them is in the trash already (merged or deleted). Refresh with Find Duplicates.</source>
        <translation>其中一个客户已在回收站中（已被合并或删除）。请重新运行“查找重复客户”以刷新。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>both</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo it under Merges if that was wrong.</source>
        <translation>已将“%1”合并到“%2”。如有误，可在“合并记录”中撤销。</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Select the merge to undo.</source>
        <translation>请选择要撤销的合并。</translation>
    </message>
    <message>
        <source>Put both customers back as they were before the merge? Changes made to the kept customer since then are replaced by its earlier values.</source>
        <translation>要将两个客户恢复到合并前的状态吗？合并后对保留客户所做的修改将被其原来的值替换。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::FollowUpDialog</name>
    <message>
        <source>Log follow-up: %1</source>
        <translation>记录跟进：%1</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>What was discussed? e.g. 介绍了新报价，客户要求下周发合同</source>
        <translation>沟通了什么？例如：介绍了新报价，客户要求下周发合同</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>跟进内容(&amp;S)：</translation>
    </message>
    <message>
        <source>The customer&apos;s feedback or objection</source>
        <translation>客户的反馈或异议</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>反馈(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. interested, sent quote, no answer</source>
        <translation>例如：有意向、已发报价、无人接听</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>快速选择…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>1 周后</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>2 周后</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>1 个月后</translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation>下次跟进(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. send the contract, visit the factory</source>
        <translation>例如：发送合同、参观工厂</translation>
    </message>
    <message>
        <source>Next &amp;action:</source>
        <translation>下一步行动(&amp;A)：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a channel to the list, e.g. 钉钉</source>
        <translation>向列表添加一个渠道，例如 钉钉</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新建渠道</translation>
    </message>
    <message>
        <source>Name of the channel:</source>
        <translation>渠道名称：</translation>
    </message>
    <message>
        <source>Log follow-up with “%1”</source>
        <translation>记录与“%1”的跟进</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>推迟“%1”的跟进</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::FunnelPage</name>
    <message>
        <source>stale</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>全部商机</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Draft order created; find it under Orders.</source>
        <translation>已创建订单草稿，可在“订单”页面中找到。</translation>
    </message>
    <message>
        <source>%1: %2 weighted of %3</source>
        <translation>%1：加权 %2（总额 %3）</translation>
    </message>
    <message>
        <source>Forecast (open deals by expected close): %1</source>
        <translation>加权预测（按预计成交日期统计进行中的商机）：%1</translation>
    </message>
    <message>
        <source>This file is open read-only; deals cannot be moved.</source>
        <translation>此文件以只读方式打开，无法移动商机。</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>为什么输单？</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>客户未做决定</translation>
    </message>
    <message>
        <source>Won! &lt;a href=&quot;order&quot;&gt;Create the order from this deal&lt;/a&gt; to track delivery and payments.</source>
        <translation>赢单！&lt;a href=&quot;order&quot;&gt;根据此商机创建订单&lt;/a&gt;，以便跟踪交付和回款。</translation>
    </message>
    <message>
        <source>&amp;Cards show</source>
        <translation>卡片显示(&amp;C)</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+→ / Ctrl+← (Ctrl+Z undoes).</source>
        <translation>把卡片拖到其他阶段，或选中后按 Ctrl+→ / Ctrl+←（Ctrl+Z 撤销）。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::GuideDialog</name>
    <message>
        <source>Guide to the Day&apos;s Work</source>
        <translation>每日工作指南</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Revert Import…</source>
        <translation>撤销导入(&amp;R)…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revert Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? Customers it created go to the trash; customers it updated get back the values they had before, replacing any later edits.</source>
        <translation>要撤销“%1”的导入吗？该次导入新建的客户将移到回收站；更新过的客户将恢复为导入前的值，之后所做的修改都会被替换。</translation>
    </message>
    <message numerus="yes">
        <source>%n created customer(s) were kept because other customers were merged into them.</source>
        <translation>
            <numerusform>有 %n 个新建的客户被保留，因为其他客户已并入它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The revert did not run.</source>
        <translation>未能执行撤销。</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>This file is open read-only, so the import cannot be reverted: %1</source>
        <translation>此文件以只读方式打开，因此无法撤销导入：%1</translation>
    </message>
    <message>
        <source>Reverting an import moves the customers it created to the trash and gives the ones it updated their earlier values back. Imported leads not converted since are disqualified; imported orders are cancelled.</source>
        <translation>撤销导入会将该次导入新建的客户移到回收站，并将更新过的客户恢复为原来的值。导入后尚未转化的线索将标为无效；导入的订单将被取消。</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The orders it added are cancelled; those with money received or written off since are kept. Customers it added stay.</source>
        <translation>要撤销“%1”的导入吗？该次导入添加的订单将被取消；之后已有回款或已核销的订单会保留。该次导入添加的客户会保留。</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The leads it added that were not converted since are disqualified.</source>
        <translation>要撤销“%1”的导入吗？该次导入添加且之后未转化的线索将标为无效。</translation>
    </message>
    <message>
        <source>Reverted. Orders cancelled: %1. Orders kept because money was received or written off since: %2.</source>
        <translation>已撤销。已取消的订单：%1。因之后已有回款或已核销而保留的订单：%2。</translation>
    </message>
    <message>
        <source>Reverted. Leads disqualified: %1.</source>
        <translation>已撤销。标为无效的线索：%1。</translation>
    </message>
    <message>
        <source>Reverted. Created customers moved to the trash: %1. Updated customers restored: %2.</source>
        <translation>已撤销。移到回收站的新建客户：%1 个；已恢复的更新客户：%2 个。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ImportWizard</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>vCard contacts</source>
        <translation>vCard 联系人</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV 文本</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>识别为：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Each column of the file goes to one field, or is ignored. The guess comes from the headers; change any that are wrong.</source>
        <translation>文件中的每一列对应一个字段，或者被忽略。系统已根据表头自动猜测，如有不对请修改。</translation>
    </message>
    <message>
        <source>Save Mapping &amp;As…</source>
        <translation>将映射另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>No column goes to Contact name. Choose the column that holds the contacts&apos; names.</source>
        <translation>没有列对应到“联系人姓名”。请选择包含联系人姓名的列。</translation>
    </message>
    <message>
        <source>No column goes to Name (or Company). Choose the column that holds the customers&apos; names.</source>
        <translation>没有列对应到“名称”（或“所属公司”）。请选择包含客户名称的列。</translation>
    </message>
    <message>
        <source>(as guessed)</source>
        <translation>（自动猜测）</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>此列映射的名称：</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>选择导入方式</translation>
    </message>
    <message>
        <source>The import is one step: it all lands, or nothing does. You can revert it later from Tools → Import History.</source>
        <translation>导入作为一个整体执行：要么全部导入，要么全不导入。之后可在“工具 → 导入历史”中撤销。</translation>
    </message>
    <message>
        <source>&amp;Add new customers; skip rows that match one already here</source>
        <translation>添加新客户；跳过与已有客户匹配的行(&amp;A)</translation>
    </message>
    <message>
        <source>Add new customers and &amp;update the ones that match</source>
        <translation>新建客户并更新匹配的客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Only update customers that match; a row matching nobody is an error</source>
        <translation>只更新匹配的客户；不匹配任何客户的行视为错误(&amp;O)</translation>
    </message>
    <message>
        <source>A row is the same customer when it has the same:</source>
        <translation>以下字段相同时，视为同一客户：</translation>
    </message>
    <message>
        <source>Import the valid rows even if some are invalid, and save the invalid ones with the reason to:</source>
        <translation>即使部分行无效，也导入有效的行，并将无效的行连同原因保存到：</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>&amp;Check the file only (dry run): report everything, import nothing</source>
        <translation>只检查文件（试运行）：报告所有问题，不导入任何内容(&amp;C)</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-被拒绝的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Tick at least one field that tells customers apart, so rows can be matched to the customers they update.</source>
        <translation>请至少勾选一个能区分客户的字段，以便将各行与要更新的客户对应起来。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>与之重复</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>&amp;Import Now</source>
        <translation>立即导入(&amp;I)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>未能执行导入。</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not run</source>
        <translation>无法执行导入</translation>
    </message>
    <message numerus="yes">
        <source>%n company record(s) were added for the companies people work at.</source>
        <translation>
            <numerusform>已为联系人所在的公司添加了 %n 条公司记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company record(s) would be added for the companies people work at.</source>
        <translation>
            <numerusform>将为联系人所在的公司添加 %n 条公司记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported; the file is as it was before.</source>
        <translation>已停止。未导入任何内容，数据库保持原样。</translation>
    </message>
    <message>
        <source>Imported the valid rows. The rejected ones are in “%1”.</source>
        <translation>已导入有效的行。被拒绝的行保存在“%1”中。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>The check found no problems. Nothing was written yet.</source>
        <translation>检查未发现问题。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>tab separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>semicolon separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Change Options…</source>
        <translation>修改选项(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, listed below with their line and column. Fix them in the file and import again, or use Change Options to import the valid rows.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行存在问题，下面列出了它们所在的行和列。请在文件中修正后重新导入，或点击“修改选项”只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No column goes to the name, so new customers cannot be added. Choose “Only update customers that match”, or go back and map the name.</source>
        <translation>没有列对应到名称，因此无法添加新客户。请选择“只更新匹配的客户”，或返回映射名称列。</translation>
    </message>
    <message>
        <source>No column goes to: %1. Choose the columns that hold them.</source>
        <translation>没有列对应到：%1。请选择包含这些内容的列。</translation>
    </message>
    <message>
        <source>&amp;Add the customers the file names but Guanxi does not have (by name, with the row&apos;s phone and e-mail)</source>
        <translation>添加文件中提到但 Guanxi 中没有的客户（按名称添加，并带上该行的电话和邮箱）(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Phone numbers written without + or 00 are &amp;from:</source>
        <translation>不带 + 或 00 的电话号码所属地区(&amp;F)：</translation>
    </message>
    <message>
        <source>Imported, but</source>
        <translation>已导入，但</translation>
    </message>
    <message>
        <source>Rows read: %1. Orders added: %2. Rows rejected: %3.</source>
        <translation>已读取行数：%1。已添加订单：%2。被拒绝的行：%3。</translation>
    </message>
    <message>
        <source>Rows read: %1. Orders to add: %2. Rows rejected: %3.</source>
        <translation>已读取行数：%1。将添加订单：%2。被拒绝的行：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) added for names Guanxi did not know.</source>
        <translation>
            <numerusform>已为 Guanxi 中没有的名称新增 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) would be added for names Guanxi does not know.</source>
        <translation>
            <numerusform>将为 Guanxi 中没有的名称新增 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were kept as written but need checking, such as phone numbers that could not be verified; they are listed below.</source>
        <translation>
            <numerusform>有 %n 个值已按原样保留，但需要检查（例如无法验证的电话号码）；详见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>Customers, leads or orders from Excel (XLSX), CSV or TSV text, or vCard contacts (.vcf). Guanxi works out the format, the text encoding and where the header is.</source>
        <translation>从 Excel（XLSX）、CSV 或 TSV 文本、vCard 联系人（.vcf）导入客户、线索或订单。Guanxi 会自动识别格式、文本编码和表头位置。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.tsv *.txt *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>(none: the file must say)</source>
        <translation>（无：须由文件给出）</translation>
    </message>
    <message>
        <source>&amp;Status for orders without one:</source>
        <translation>无状态订单的状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Rows read: %1. Created: %2, updated: %3, skipped as duplicates: %4, rejected: %5.</source>
        <translation>已读取 %1 行：新建 %2 行，更新 %3 行，作为重复跳过 %4 行，拒绝 %5 行。</translation>
    </message>
    <message>
        <source>Rows read: %1. To create: %2, to update: %3, to skip as duplicates: %4, rejected: %5.</source>
        <translation>已读取 %1 行：将新建 %2 行，将更新 %3 行，将作为重复跳过 %4 行，拒绝 %5 行。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::InboxPage</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation>全部标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Nothing yet: leads assigned to you and records that go back to the pool show here.</source>
        <translation>暂无消息：分配给您的线索以及回收到公海的记录会显示在这里。</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 条未读</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>The contact person, e.g. 张先生</source>
        <translation>联系人，例如：张先生</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>例如：138 1234 5678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源渠道(&amp;S)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>市场活动(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 2026 春季展会</source>
        <translation>例如：2026 春季展会</translation>
    </message>
    <message>
        <source>Products or services</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Put it in the public pool for anyone to claim</source>
        <translation>放入公海，供任何人认领</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>城市(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Interested in:</source>
        <translation>意向产品(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::LeadsPage</name>
    <message>
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Everyone&apos;s leads</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>标为有效(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>标为无效(&amp;D)…</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>转为客户(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>认领(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>释放到公海(&amp;R)…</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;The public pool has no leads.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;公海中没有线索。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No leads here yet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;add&quot;&gt;Capture a lead&lt;/a&gt; from a call, a form or a trade show.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;这里还没有线索。&lt;/p&gt;&lt;p&gt;从来电、表单或展会中&lt;a href=&quot;add&quot;&gt;录入一条线索&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pool moves</source>
        <translation>公海流转记录</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>将线索标为无效</translation>
    </message>
    <message>
        <source>Why is this lead not worth pursuing?</source>
        <translation>为什么这条线索不值得跟进？</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>联系人有误</translation>
    </message>
    <message>
        <source>Bought from a competitor</source>
        <translation>已从竞争对手处购买</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法联系上</translation>
    </message>
    <message>
        <source>Only new and qualified leads can be converted.</source>
        <translation>只有新线索和有效线索才能转为客户。</translation>
    </message>
    <message>
        <source>“%1” is now linked to the existing customer.</source>
        <translation>“%1”已关联到已有客户。</translation>
    </message>
    <message>
        <source>“%1” is now a customer.</source>
        <translation>“%1”已转为客户。</translation>
    </message>
    <message>
        <source>Release to the public pool</source>
        <translation>释放到公海</translation>
    </message>
    <message>
        <source>Why give this lead back (optional)?</source>
        <translation>为什么退回这条线索（可选）？</translation>
    </message>
    <message>
        <source>Log &amp;follow-up…</source>
        <translation>记录跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Assi&amp;gn to</source>
        <translation>分配给(&amp;G)</translation>
    </message>
    <message>
        <source>assigned from the leads list</source>
        <translation>从线索列表分配</translation>
    </message>
    <message>
        <source>%1 (not verified: %2)</source>
        <translation>%1（未验证：%2）</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::LockScreen</name>
    <message>
        <source>Guanxi is locked</source>
        <translation>Guanxi 已锁定</translation>
    </message>
    <message>
        <source>Nobody used the window for a while, so %1&apos;s data is hidden. Enter the password to go on.</source>
        <translation>窗口已有一段时间无人操作，因此 %1 的数据已隐藏。请输入密码继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log In as Someone &amp;Else…</source>
        <translation>以其他身份登录(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Team member:</source>
        <translation>团队成员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Login keeps colleagues who share this computer apart inside Guanxi. It does not protect the file itself: use encrypted backups and disk encryption.</source>
        <translation>登录只是让共用这台电脑的同事在 Guanxi 中彼此分开，并不能保护文件本身：请使用加密备份和磁盘加密。</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>请等待 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search name, company, phone, e-mail, notes, pinyin… (Ctrl+K)</source>
        <translation>搜索名称、公司、电话、邮箱、备注、拼音…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck Database</source>
        <translation>检查数据库(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Customer</source>
        <translation>下一个客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>自定义字段(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>关于 Guanxi(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>%1+ matches: showing the first %1; type more to narrow the search</source>
        <translation>找到 %1 条以上匹配结果，仅显示前 %1 条；输入更多内容可缩小搜索范围</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>“%1” exists already. To use it, choose File &gt; Open Database.</source>
        <translation>“%1”已存在。如需使用该文件，请选择“文件 &gt; 打开数据库”。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>已将副本另存为“%1”。</translation>
    </message>
    <message>
        <source>The new language shows after you restart Guanxi.</source>
        <translation>新语言将在重启 Guanxi 后生效。</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>关于 Guanxi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi (关系) %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for salespeople, on their own computer: one SQLite file, offline, in Chinese and English.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data version: %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guanxi (关系) %1&lt;/h3&gt;&lt;p&gt;面向销售人员、在自己电脑上运行的客户关系管理软件：数据保存在一个 SQLite 文件中，可离线使用，支持中文和英文。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;数据版本：%3&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Open the first result</source>
        <translation>打开第一个结果</translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation>在搜索框中按 Enter</translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation>编辑选中的客户</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Previous / next customer (also inside the form)</source>
        <translation>上一个 / 下一个客户（在表单中同样可用）</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>关闭对话框</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>This file is open read-only; sample data cannot be added.</source>
        <translation>此文件以只读方式打开，无法添加示例数据。</translation>
    </message>
    <message>
        <source>Creating sample data did not run.</source>
        <translation>未能执行示例数据的创建。</translation>
    </message>
    <message>
        <source>Creating sample customers and orders…</source>
        <translation>正在创建示例客户和订单…</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>未能执行检查。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>“%1” is in good order: integrity and links checked, data version %2.</source>
        <translation>“%1”状态良好：已检查完整性和记录关联，数据版本 %2。</translation>
    </message>
    <message>
        <source>“%1” has problems: %2. Save a copy of what you can and restore a backup.</source>
        <translation>“%1”存在问题：%2。请尽量另存一份副本，并从备份恢复。</translation>
    </message>
    <message>
        <source>&amp;Log Follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <source>Public &amp;Pool</source>
        <translation>公海(&amp;P)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>This file is open read-only; follow-ups cannot be logged.</source>
        <translation>此文件以只读方式打开，无法记录跟进。</translation>
    </message>
    <message>
        <source>Export Follow-ups to Calendar</source>
        <translation>将跟进导出到日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>&amp;Funnel</source>
        <translation>销售漏斗(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>消息(&amp;I)</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>今日待办(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Leads…</source>
        <translation>导入线索(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Customers in the Current &amp;View…</source>
        <translation>当前视图中的客户(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;All Customers…</source>
        <translation>全部客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Follow-ups to &amp;Calendar…</source>
        <translation>跟进到日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>导入历史(&amp;I)…</translation>
    </message>
    <message>
        <source>This file is open read-only; %1 is not possible.</source>
        <translation>此文件以只读方式打开，无法%1。</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated customers. Tools → Import History can revert it.</source>
        <translation>已导入 %1 个新客户，更新了 %2 个客户。可在“工具 → 导入历史”中撤销。</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>The search for duplicates did not run.</source>
        <translation>未能执行重复客户查找。</translation>
    </message>
    <message>
        <source>Looking for duplicate customers…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>No customers are in the current view; nothing to export.</source>
        <translation>当前视图中没有客户，没有可导出的内容。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV（UTF-8，适用于 Excel）(*.csv)</translation>
    </message>
    <message>
        <source>vCard 3.0 contacts (*.vcf)</source>
        <translation>vCard 3.0 联系人 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 contacts (*.vcf)</source>
        <translation>vCard 4.0 联系人 (*.vcf)</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export Customers in View</source>
        <translation>导出当前视图中的客户</translation>
    </message>
    <message>
        <source>Export All Customers</source>
        <translation>导出全部客户</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>未能执行导出。</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Guanxi files (*.guanxi)</source>
        <translation>Guanxi 文件 (*.guanxi)</translation>
    </message>
    <message>
        <source>The backup did not run.</source>
        <translation>未能执行备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to “%1” and checked. Only you can read the file.</source>
        <translation>已备份到“%1”并通过检查。只有您能读取该文件。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Guanxi files (*.guanxi *.db);;All files (*)</source>
        <translation>Guanxi 文件 (*.guanxi *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

The current file is kept next to it (its name ends in .before-restore-…), so nothing is lost.</source>
        <translation>要用备份“%2”替换“%1”中的全部内容吗？

当前文件会以新名称保留在同一文件夹中（文件名以 .before-restore-… 结尾），不会丢失任何数据。</translation>
    </message>
    <message>
        <source>Restored “%1”. The file as it was before is kept as “%2”.</source>
        <translation>已恢复“%1”。恢复前的文件已保留为“%2”。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1 Change the folder in Settings.</source>
        <translation>每日自动备份失败：%1 请在“设置”中更改备份文件夹。</translation>
    </message>
    <message>
        <source>The restore did not run.</source>
        <translation>未能执行恢复。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1 The previous file is kept as “%2”.</source>
        <translation>备份已恢复，但无法打开：%1 之前的文件保存为“%2”。</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Damaged Changes Log</source>
        <translation>更改日志已损坏</translation>
    </message>
    <message>
        <source>Open the file read-only now? You can then restore a backup with File &gt; Restore from Backup.</source>
        <translation>现在以只读方式打开文件吗？之后可通过“文件 &gt; 从备份恢复”恢复备份。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>New Le&amp;ad…</source>
        <translation>新建线索(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Customer</source>
        <translation>上一个客户(&amp;V)</translation>
    </message>
    <message>
        <source>Create Sa&amp;mple Data…</source>
        <translation>创建示例数据(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Guide to the Day&apos;s Work</source>
        <translation>每日工作指南(&amp;G)</translation>
    </message>
    <message>
        <source>Your follow-ups: %1 overdue, %2 due today</source>
        <translation>我的跟进：%1 项已逾期，%2 项今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s), e.g. new assignments</source>
        <translation>
            <numerusform>%n 条未读消息，例如新分配给您的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the public pool, free to claim</source>
        <translation>
            <numerusform>公海中有 %n 条记录，可以领取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Move a deal to the next / previous stage</source>
        <translation>把商机移到下一个 / 上一个阶段</translation>
    </message>
    <message>
        <source>Guide to the day&apos;s work</source>
        <translation>每日工作指南</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n lead(s). Tools → Import History can revert it.</source>
        <translation>
            <numerusform>已导入 %n 条线索。可在“工具 → 导入历史”中撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) (up to %1) to “%2”. Import the file in Thunderbird, Outlook or your phone&apos;s calendar.</source>
        <translation>
            <numerusform>已将 %n 条跟进（截至 %1）导出到“%2”。可在 Thunderbird、Outlook 或手机日历中导入该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) and customer(s) went back to the public pool under the reclaim rules; see the Inbox for why.</source>
        <translation>
            <numerusform>%n 条线索和客户已按回收规则退回公海，原因请见“消息”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s). Tools → Import History can revert it.</source>
        <translation>
            <numerusform>已导入 %n 个订单。可在“工具 → 导入历史”中撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Or&amp;ders…</source>
        <translation>导入订单(&amp;D)…</translation>
    </message>
    <message>
        <source>Currency &amp;Rates…</source>
        <translation>汇率(&amp;R)…</translation>
    </message>
    <message>
        <source>Added sample data: %1 and %2.</source>
        <translation>已添加示例数据：%1和%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Data &amp;Quality</source>
        <translation>数据质量(&amp;Q)</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Upgrading “%1” to this version of Guanxi. On a file with a million customers this takes a few minutes.</source>
        <translation>正在将“%1”升级到当前版本的 Guanxi。如果文件中有上百万个客户，需要几分钟时间。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The check of the backup did not run.</source>
        <translation>未能执行备份检查。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Backed up to “%1”, but the audit trail could not record it: %2</source>
        <translation>已备份到“%1”，但无法记入审计日志：%2</translation>
    </message>
    <message>
        <source>Backed up to “%1”, checked and encrypted. Only you can read the file, and only with the passphrase.</source>
        <translation>已备份到“%1”，已通过检查并加密。只有您能读取该文件，且必须使用口令。</translation>
    </message>
    <message>
        <source>Restored “%1”, but the audit trail could not record it: %2</source>
        <translation>已恢复“%1”，但无法记入审计日志：%2</translation>
    </message>
    <message>
        <source>No daily backup until Guanxi is started again: they are to be encrypted and no passphrase was given. Settings can turn encryption off.</source>
        <translation>在下次启动 Guanxi 之前不会进行每日备份：备份需要加密，但未提供口令。可在“设置”中关闭加密。</translation>
    </message>
    <message>
        <source>The daily backup was written, but the audit trail could not record it: %1</source>
        <translation>每日备份已写入，但无法记入审计日志：%1</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Loc&amp;k Now</source>
        <translation>立即锁定(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Team Members…</source>
        <translation>团队成员(&amp;T)…</translation>
    </message>
    <message>
        <source>Nobody logged in, so “%1” was not opened.</source>
        <translation>没有人登录，因此未打开“%1”。</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Connect to Te&amp;am Database…</source>
        <translation>连接团队数据库(&amp;A)…</translation>
    </message>
    <message>
        <source>Team Database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>A team database lives on its server and is backed up and restored there, with PostgreSQL&apos;s pg_dump and pg_restore (see docs/TEAM.md). To keep a copy of it as a Guanxi file, use guanxi-cli db copy.</source>
        <translation>团队数据库保存在其服务器上，并在服务器上用 PostgreSQL 的 pg_dump 和 pg_restore 备份与恢复（见 docs/TEAM.md）。要把它另存为 Guanxi 文件，请使用 guanxi-cli db copy。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>产品或服务</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>添加明细行(&amp;L)</translation>
    </message>
    <message>
        <source>Add a product…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <source>Order &amp;discount:</source>
        <translation>整单折扣(&amp;D)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>Pick the customer from the list that appears as you type.</source>
        <translation>请从输入时出现的列表中选择客户。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number.</source>
        <translation>明细第 %1 行：数量必须是整数。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>明细第 %1 行：%2</translation>
    </message>
    <message>
        <source>Add at least one line with what is sold.</source>
        <translation>请至少添加一行明细，填写所售的产品或服务。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::OrdersPage</name>
    <message>
        <source>Quotes, contracts and orders</source>
        <translation>全部报价单、合同和订单</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Money outstanding</source>
        <translation>有未回款</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>记录回款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>推进(&amp;A)</translation>
    </message>
    <message>
        <source>Quote → contract → order</source>
        <translation>报价单 → 合同 → 订单</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Nothing here yet. Create a quote or an order with “New…”, or import orders with guanxi-cli orders import.</source>
        <translation>这里还没有内容。可用“新建…”创建报价单或订单，或用 guanxi-cli orders import 导入订单。</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>未回款：%1</translation>
    </message>
    <message>
        <source>Pro&amp;ducts…</source>
        <translation>产品(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Write Off…</source>
        <translation>核销(&amp;W)…</translation>
    </message>
    <message>
        <source>Write off what is still owed, saying why</source>
        <translation>核销尚欠款项，并说明原因</translation>
    </message>
    <message>
        <source>An order becomes paid when its payments cover the total</source>
        <translation>回款覆盖订单总额后，订单自动变为已回款</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>打印(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>◀ Ne&amp;wer</source>
        <translation>◀ 较新(&amp;W)</translation>
    </message>
    <message>
        <source>Ol&amp;der ▶</source>
        <translation>较早(&amp;D) ▶</translation>
    </message>
    <message>
        <source>%1–%2 of %3, newest first.</source>
        <translation>第 %1–%2 条，共 %3 条，最新的在前。</translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>A quote, contract, draft or cancelled order owes nothing.</source>
        <translation>报价单、合同、草稿或已取消的订单不产生应收款。</translation>
    </message>
    <message>
        <source>Only a signed or delivered order with money still owed takes payments.</source>
        <translation>只有尚有欠款的已签约或已交付订单可以登记回款。</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>由 %1 登记</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A %1 owes nothing until it becomes an order.</source>
        <translation>%1在成为订单之前不产生应收款。</translation>
    </message>
    <message>
        <source>A draft owes nothing until it is signed.</source>
        <translation>草稿在签约之前不产生应收款。</translation>
    </message>
    <message>
        <source>A cancelled order owes nothing.</source>
        <translation>已取消的订单不产生应收款。</translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <translation>删除回款</translation>
    </message>
    <message>
        <source>Remove this payment? Use this for a payment recorded by mistake; the amount will be owed again.</source>
        <translation>删除这笔回款？仅用于误登记的回款；删除后该金额将重新计为欠款。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>使用口令加密(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Keep the passphrase somewhere safe: if it is lost, nobody can restore the backup, and Guanxi cannot recover it.</source>
        <translation>
            <numerusform>至少 %n 个字符。请妥善保管口令：一旦丢失，任何人都无法恢复该备份，Guanxi 也无法找回口令。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>请输入加密该备份时使用的口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Write “%1”. Only you will be able to read the file; encrypted, it can also be kept where others can reach it (a USB stick, a shared folder).</source>
        <translation>将写入“%1”。只有您能读取该文件；加密后，也可以存放在他人能访问的地方（U 盘、共享文件夹）。</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Type the passphrase it was encrypted with.</source>
        <translation>“%1”已加密。请输入加密时使用的口令。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PaymentDialog</name>
    <message>
        <source>%1 · %2 · total %3 · still owed %4</source>
        <translation>%1 · %2 · 总额 %3 · 尚欠 %4</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>In %1; at most what is still owed.</source>
        <translation>币种 %1；不超过尚欠金额。</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>收款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>收款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose how the money came in, or type another way.</source>
        <translation>选择收款方式，或输入其他方式。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Transaction or voucher number</source>
        <translation>交易流水号或凭证号</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参考号(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PermissionsEditor</name>
    <message>
        <source>&amp;Save Permissions</source>
        <translation>保存权限(&amp;S)</translation>
    </message>
    <message>
        <source>Saved. Each person gets the new permissions at their next login.</source>
        <translation>已保存。每个人在下次登录时获得新的权限。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PoolPage</name>
    <message>
        <source>C&amp;laim selected</source>
        <translation>认领所选(&amp;L)</translation>
    </message>
    <message>
        <source>Pool &amp;rules…</source>
        <translation>公海规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>In the pool since</source>
        <translation>进入公海时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Returns to the pool</source>
        <translation>回收时间</translation>
    </message>
    <message>
        <source>Customers in the pool (%1)</source>
        <translation>公海客户（%1）</translation>
    </message>
    <message>
        <source>Leads in the pool (%1)</source>
        <translation>公海线索（%1）</translation>
    </message>
    <message>
        <source>No customers wait in the pool: every customer has an owner.</source>
        <translation>公海中没有客户：每个客户都有负责人。</translation>
    </message>
    <message>
        <source>No leads wait in the pool.</source>
        <translation>公海中没有线索。</translation>
    </message>
    <message>
        <source>%1 records wait in the pool; the newest %2 are shown. Double-click or press Claim to make one yours.</source>
        <translation>公海中有 %1 条记录，仅显示最新的 %2 条。双击或点击“认领所选”即可将其归入您名下。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Select what to claim first.</source>
        <translation>请先选择要认领的记录。</translation>
    </message>
    <message>
        <source>Claimed %1; find them under your customers and leads.</source>
        <translation>已认领 %1 条，可在您的客户和线索中找到。</translation>
    </message>
    <message>
        <source>Public pool rules</source>
        <translation>公海规则</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Most leads and customers one person may hold when claiming:</source>
        <translation>持有上限（认领时每人最多可持有的线索和客户数）：</translation>
    </message>
    <message>
        <source>After releasing, wait before claiming the same record again:</source>
        <translation>冷却期（释放后需等待多久才能再次认领同一记录）：</translation>
    </message>
    <message>
        <source>Return to the pool after this long without a follow-up:</source>
        <translation>超过此时间未跟进则自动回收到公海：</translation>
    </message>
    <message>
        <source>Warn the owner this long before:</source>
        <translation>回收前提前提醒负责人：</translation>
    </message>
    <message>
        <source>&amp;Assign by rules</source>
        <translation>按规则分配(&amp;A)</translation>
    </message>
    <message>
        <source>Give every lead in the pool an owner by the assignment rules</source>
        <translation>按分配规则为公海中的每条线索指定负责人</translation>
    </message>
    <message>
        <source>Assignment r&amp;ules…</source>
        <translation>分配规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Assigned %1 of %2 pool leads by the rules.</source>
        <translation>已按规则分配公海中 %2 条线索中的 %1 条。</translation>
    </message>
    <message>
        <source>The others match no rule, or their team is at its limit.</source>
        <translation>其余线索没有匹配的规则，或对应团队的成员已达持有上限。</translation>
    </message>
    <message>
        <source>Return a customer to the pool after this long without a won deal:</source>
        <translation>客户多久未赢单后回收到公海：</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Records never return to the pool by themselves (both reclaim rules are off).</source>
        <translation>记录不会自动退回公海（两条回收规则均已关闭）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Yours that return to the pool soon (rules: %1):</source>
        <translation>您名下即将退回公海的记录（规则：%1）：</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait in the pool. Double-click or press Claim to make one yours.</source>
        <translation>
            <numerusform>公海中有 %n 条记录。双击或点击“认领所选”即可将其归入您名下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a follow-up</source>
        <translation>
            <numerusform>%n 天未跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a won deal</source>
        <translation>
            <numerusform>%n 天未赢单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours returns to the pool in the next %n day(s) (rules: %1).</source>
        <translation>
            <numerusform>未来 %n 天内您名下没有记录会回到公海（规则：%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>In yuan, e.g. 1,980.00</source>
        <translation>单位为元，例如 1,980.00</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add product</source>
        <translation>添加产品(&amp;A)</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::Reminders</name>
    <message>
        <source>Guanxi</source>
        <translation>Guanxi</translation>
    </message>
    <message>
        <source>Show Guanxi</source>
        <translation>显示 Guanxi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进提醒</translation>
    </message>
    <message>
        <source>Follow-ups due today: %1, of them overdue: %2.</source>
        <translation>今天待跟进：%1 项，其中已逾期：%2 项。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ReportPanel</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Double-click a row to open the customer.</source>
        <translation>双击某一行即可打开该客户。</translation>
    </message>
    <message>
        <source>Filter rows by their text…</source>
        <translation>按文字筛选行…</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ReportsPage</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部来源渠道</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>销售员(&amp;S)：</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>来源渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Recency is counted up to this day. Leave it empty for the day after the latest purchase in the window.</source>
        <translation>最近购买间隔计算到这一天。留空则使用时间范围内最后一次购买的次日。</translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation>参考日期(&amp;D)：</translation>
    </message>
    <message>
        <source>RFM analysis</source>
        <translation>RFM 分析</translation>
    </message>
    <message>
        <source>Who buys recently, often and for much? RFM scores every customer with signed, delivered or paid orders in the window from 1 to 5 on recency, frequency and money, and sorts them into eight segments, from important value customers to general win-back customers.</source>
        <translation>哪些客户最近买过、经常买、花得多？RFM 根据时间范围内已签约、已交付或已回款的订单，按最近购买、购买频次和消费金额为每个客户打 1 到 5 分，并将客户分为八个层级，从重要价值客户到一般挽留客户。</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>How many groups to make. “Suggested” tries 2 to 8 and keeps the number whose groups are most clearly apart (the best silhouette).</source>
        <translation>要分成几个客户群。“建议值”会依次尝试 2 到 8 个，并采用各群之间区分最明显的数量（轮廓系数最佳）。</translation>
    </message>
    <message>
        <source>The same seed gives the same groups every time; another seed may start the search elsewhere.</source>
        <translation>相同的随机种子每次都会得到相同的分群；换一个种子，搜索可能从其他位置开始。</translation>
    </message>
    <message>
        <source>&amp;Clusters:</source>
        <translation>客户群数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Customer clusters</source>
        <translation>客户聚类</translation>
    </message>
    <message>
        <source>Which customers are alike? k-means groups the customers with purchases by their recency, frequency and money, shows each group&apos;s profile and suggests how many groups the data holds.</source>
        <translation>哪些客户彼此相似？k-means 按最近购买、购买频次和消费金额对有购买记录的客户进行分群，展示每个客户群的画像，并建议数据适合分成几个群。</translation>
    </message>
    <message>
        <source>How many months after the first purchase to follow each cohort.</source>
        <translation>每个同期群在首次购买后跟踪多少个月。</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Where do deals stall? For the deals that entered each stage in the window: how many moved on, how long they stayed, how many were won or lost, by salesperson and by source.</source>
        <translation>商机卡在哪里？针对时间范围内进入各阶段的商机，统计有多少推进到下一阶段、停留了多久、有多少赢单或输单，并按销售员和来源渠道细分。</translation>
    </message>
    <message>
        <source>Monthly trends</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>How is business going month by month? Revenue, new and purchasing customers, the repeat purchase rate, follow-ups per salesperson and the follow-ups overdue now. Without dates: the last twelve months.</source>
        <translation>业务每月表现如何？销售额、新客户和购买客户、复购率、各销售员的跟进，以及当前逾期的跟进。不指定日期时统计最近十二个月。</translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Do customers come back? Customers are grouped by the month of their first purchase; each column shows the share of a group buying again that many months later.</source>
        <translation>客户会回头吗？客户按首次购买的月份分组；每一列显示该组客户在相应月数后再次购买的占比。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>The first day counted. Leave it empty to start at the first record.</source>
        <translation>统计的第一天。留空则从最早的记录开始。</translation>
    </message>
    <message>
        <source>The last day counted. Leave it empty to go up to the latest record.</source>
        <translation>统计的最后一天。留空则统计到最新的记录。</translation>
    </message>
    <message>
        <source>Tag the customers of one segment and save a customer view of them, for follow-up work and campaigns.</source>
        <translation>为某一分层的客户添加标签，并保存一个列出这些客户的视图，便于后续跟进和开展市场活动。</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束日期(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose the window and press Run.</source>
        <translation>请选择时间范围，然后点击“运行”。</translation>
    </message>
    <message>
        <source>“%1” is no currency code. Type three letters, like CNY or USD.</source>
        <translation>“%1”不是有效的货币代码。请输入三个字母，如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The window starts after it ends. Put the earlier date in From.</source>
        <translation>时间范围的开始晚于结束。请在“开始日期”中填写较早的日期。</translation>
    </message>
    <message>
        <source>The report did not run.</source>
        <translation>未能生成报表。</translation>
    </message>
    <message>
        <source>Working out “%1”…</source>
        <translation>正在计算“%1”…</translation>
    </message>
    <message>
        <source>Nothing to show for this window.</source>
        <translation>此时间范围内没有可显示的内容。</translation>
    </message>
    <message>
        <source>Save as &amp;File (XLSX, CSV, PDF, JSON)…</source>
        <translation>保存为文件（XLSX、CSV、PDF、JSON）(&amp;F)…</translation>
    </message>
    <message>
        <source>Save &amp;Chart as Image</source>
        <translation>将图表保存为图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Cannot tell the format of “%1”: end the name in .xlsx, .csv, .pdf or .json.</source>
        <translation>无法判断“%1”的格式：文件名请以 .xlsx、.csv、.pdf 或 .json 结尾。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, main table (*.csv)</source>
        <translation>CSV（仅主表）(*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Mo&amp;nths:</source>
        <translation>月数(&amp;N)：</translation>
    </message>
    <message>
        <source>Save Se&amp;gment as Tag…</source>
        <translation>将分层另存为标签(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>开始日期(&amp;M)：</translation>
    </message>
    <message>
        <source>This file is open read-only, so no tag can be saved. Open a copy you may write to.</source>
        <translation>此文件以只读方式打开，无法保存标签。请打开一份您可以写入的副本。</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>导出未能运行。</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Who owes what, and for how long? What signed and delivered orders still owe after payments and write-offs, by customer and by age (0–30, 31–60, 61–90 and over 90 days from the order date). The dates pick orders by their order date.</source>
        <translation>谁欠多少、欠了多久？已签约和已交付订单扣除回款和核销后尚欠的金额，按客户和账龄（自订单日期起 0–30、31–60、61–90 天及 90 天以上）列出。日期范围按订单日期选取订单。</translation>
    </message>
    <message>
        <source>All, in the base currency</source>
        <translation>全部，以本位币计</translation>
    </message>
    <message>
        <source>All: every order and deal, converted to the base currency at the rate on its date (the report lists the rates and what has none). A code: only that currency, not converted.</source>
        <translation>全部：所有订单和商机，按各自日期的汇率换算为本位币（报表会列出所用汇率及缺少汇率的记录）。币种代码：仅该币种，不换算。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::RfmSegmentDialog</name>
    <message>
        <source>Also save a customer &amp;view that lists them</source>
        <translation>同时保存列出这些客户的客户视图(&amp;V)</translation>
    </message>
    <message>
        <source>Save Segment as Tag</source>
        <translation>将分层另存为标签</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>分层(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>The tag is a snapshot of this analysis: customers keep it when their scores change. Run RFM again and save a new tag to refresh the list.</source>
        <translation>标签是本次分析的快照：客户的评分变化后仍会保留该标签。如需更新名单，请重新运行 RFM 分析并保存新标签。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Type a name for the tag.</source>
        <translation>请输入标签名称。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1（%Ln 个客户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln customer(s)…</source>
        <translation>
            <numerusform>正在为 %Ln 个客户添加标签…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language shows after Guanxi restarts.</source>
        <translation>新语言将在 Guanxi 重启后生效。</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>当前用户(&amp;I)：</translation>
    </message>
    <message>
        <source>New records are owned by and stamped with this team member.</source>
        <translation>新建记录的负责人和创建人都将记为此团队成员。</translation>
    </message>
    <message>
        <source>Add team member…</source>
        <translation>添加团队成员…</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Display name (e.g. 王芳):</source>
        <translation>显示名称（例如：王芳）：</translation>
    </message>
    <message>
        <source>Start Guanxi when I log in, in the tray, to remind me of follow-ups</source>
        <translation>开机启动 Guanxi 并在托盘中运行，提醒我跟进</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>Back up this file every day, keeping the newest</source>
        <translation>每天自动备份此文件，保留的最新备份数：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>&amp;Region for phone numbers without +:</source>
        <translation>不带 + 的电话号码所属地区(&amp;R)：</translation>
    </message>
    <message>
        <source>A number written with + or 00 takes its country from there. A number that does not fit the region is kept as written and marked “not verified”.</source>
        <translation>以 + 或 00 开头的号码按其中的国家代码确定国家/地区。与所选地区不符的号码会按原样保留，并标记为“未验证”。</translation>
    </message>
    <message>
        <source>Encrypt the daily backups with a passphrase (asked once each time Guanxi starts, kept in memory only)</source>
        <translation>使用口令加密每日备份（每次启动 Guanxi 时询问一次，仅保存在内存中）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Loc&amp;k after minutes without input:</source>
        <translation>无操作多少分钟后锁定(&amp;K)：</translation>
    </message>
    <message>
        <source>Locked, the window hides the data until the password is typed again.</source>
        <translation>锁定后，窗口会隐藏数据，直到重新输入密码。</translation>
    </message>
    <message>
        <source>Applies once this file asks who is working (more than one team member, or a password).</source>
        <translation>仅在此文件需要确认使用者身份时生效（有多名团队成员，或设置了密码）。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::StagesDialog</name>
    <message>
        <source>Funnel stages</source>
        <translation>阶段设置</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Probability…</source>
        <translation>赢率(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source> (won)</source>
        <translation>（赢单阶段）</translation>
    </message>
    <message>
        <source> (lost)</source>
        <translation>（输单阶段）</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name of the new stage (it goes before Won):</source>
        <translation>新阶段的名称（将排在“赢单”之前）：</translation>
    </message>
    <message>
        <source>Default win probability (%):</source>
        <translation>默认赢率（%）：</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Default win probability for “%1” (%):</source>
        <translation>“%1”的默认赢率（%）：</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::TodayPage</name>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记录跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>Log what happened and plan the next follow-up (Ctrl+L)</source>
        <translation>记录跟进情况并安排下次跟进（Ctrl+L）</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>推迟(&amp;N)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>推迟 3 天</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>推迟 1 周</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;Nothing is due in the next week.&lt;/p&gt;&lt;p&gt;Plan follow-ups with “Next follow-up” when you log a call or edit a customer.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;未来一周内没有待跟进事项。&lt;/p&gt;&lt;p&gt;记录通话或编辑客户时，可用“下次跟进”安排跟进。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Leads are rescheduled by logging a follow-up with a new date (Ctrl+L).</source>
        <translation>线索要改期，请记录一次跟进并填写新的日期（Ctrl+L）。</translation>
    </message>
    <message>
        <source>Your follow-ups: %1 overdue, %2 due today, %3 coming up</source>
        <translation>我的跟进：%1 项已逾期，%2 项今天到期，%3 项即将到期</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::TrashPage</name>
    <message>
        <source>Customers you delete wait here. Restore brings them back with their history; purge removes them for good.</source>
        <translation>删除的客户会暂存在这里。“恢复”会将客户连同其历史记录一起找回；“彻底删除”则将其永久删除。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>彻底删除(&amp;P)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>Select the customers to restore first.</source>
        <translation>请先选择要恢复的客户。</translation>
    </message>
    <message>
        <source>Select the customers to purge first.</source>
        <translation>请先选择要彻底删除的客户。</translation>
    </message>
    <message>
        <source>Purge customers</source>
        <translation>彻底删除客户</translation>
    </message>
    <message>
        <source>Restore customers (%1)</source>
        <translation>恢复客户（%1）</translation>
    </message>
    <message>
        <source>Remove this customer for good, with their contact details, follow-ups and orders? This cannot be undone.</source>
        <translation>要彻底删除此客户及其联系方式、跟进记录和订单吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove these %1 customers for good, with their contact details, follow-ups and orders? This cannot be undone.</source>
        <translation>要彻底删除这 %1 个客户及其联系方式、跟进记录和订单吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::UserEditDialog</name>
    <message>
        <source>Edit Team Member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <source>Add Team Member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation>直属上级(&amp;T)：</translation>
    </message>
    <message>
        <source>Can be set later</source>
        <translation>可以稍后设置</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password in both boxes.</source>
        <translation>两次输入的密码不一致。请在两个输入框中输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::UsersDialog</name>
    <message>
        <source>Team Members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Per&amp;missions</source>
        <translation>权限(&amp;M)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>否，已停用</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Set Password for %1</source>
        <translation>为 %1 设置密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ; the password was not changed. Type the same password in both boxes.</source>
        <translation>两次输入的密码不一致，密码未更改。请在两个输入框中输入相同的密码。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guanxi</source>
        <translation>欢迎使用 Guanxi</translation>
    </message>
    <message>
        <source>This database has no customers yet. How would you like to start?</source>
        <translation>此数据库中还没有客户。您想如何开始？</translation>
    </message>
    <message>
        <source>Create sample data</source>
        <translation>创建示例数据</translation>
    </message>
    <message>
        <source>A few hundred customers, companies and orders to explore every screen. You can delete them later.</source>
        <translation>生成数百个客户、公司和订单，方便您体验各个界面。之后可以删除。</translation>
    </message>
    <message>
        <source>Import existing customers</source>
        <translation>导入现有客户</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Add your first customer by hand (Ctrl+N).</source>
        <translation>手动添加您的第一个客户（Ctrl+N）。</translation>
    </message>
    <message>
        <source>From Excel (XLSX), CSV or vCard: Guanxi reads the encoding and columns, shows a preview, and can undo the import later.</source>
        <translation>从 Excel（XLSX）、CSV 或 vCard 导入：Guanxi 会自动识别编码和列，先显示预览，之后还可以撤销导入。</translation>
    </message>
</context>
<context>
    <name>guanxi::ui::WriteOffDialog</name>
    <message>
        <source>Write Off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>%1 will be written off: the order counts as settled and leaves the receivables. Your name and the reason are recorded with it.</source>
        <translation>将核销 %1：该订单视为已结清，不再计入应收款。您的姓名和原因会一并记录。</translation>
    </message>
    <message>
        <source>&amp;Why will the rest not be paid?</source>
        <translation>余款为何不再收回(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Write Off</source>
        <translation>核销(&amp;W)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guanxi (关系): customer relationships for salespeople, in one file.</source>
        <translation>Guanxi (关系)：面向销售人员的客户关系管理，所有数据保存在一个文件中。</translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Use File &gt; Open Database or File &gt; New Database.</source>
        <translation>请使用“文件 &gt; 打开数据库”或“文件 &gt; 新建数据库”。</translation>
    </message>
</context>
</TS>
