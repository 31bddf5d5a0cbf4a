<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="142"/>
        <source>Overridden by %1: %2</source>
        <translation>由 %1 改判：%2</translation>
    </message>
</context>
<context>
    <name>AcademyEditor</name>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="315"/>
        <source>Academy: %s</source>
        <translation>工匠学院：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="322"/>
        <source>New academy</source>
        <translation>新建工匠学院</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="14"/>
        <source>Craftsman academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="42"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="56"/>
        <source>Partner school or enterprise</source>
        <translation>合作院校或企业</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="73"/>
        <source>Opened on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../forms/academy_editor.ui" line="93"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="49"/>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="49"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="50"/>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="50"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="96"/>
        <source>Not marked</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="108"/>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="108"/>
        <source>Not completed</source>
        <translation>未结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="109"/>
        <source> (overridden)</source>
        <translation>（已改判）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="124"/>
        <source>%s hours</source>
        <translation>%s 学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="129"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="131"/>
        <source>Hours
/ %s</source>
        <translation>学时
/ %s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="132"/>
        <source>Completion</source>
        <translation>结业情况</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="252"/>
        <source>Keys: P present · L late · E excused · A absent (or 1–4) · Space cycles · Delete clears · arrows move</source>
        <translation>按键：P 出勤 · L 迟到 · E 请假 · A 缺勤（或 1–4）· 空格轮换 · Delete 清除 · 方向键移动</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="254"/>
        <source>Mark unmarked as present</source>
        <translation>未登记的记为出勤</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="255"/>
        <source>Marks every blank cell of the selected session(s) as present</source>
        <translation>把所选课次中所有空白格记为出勤</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="294"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="294"/>
        <source>%1 completed</source>
        <translation>%1 人结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="301"/>
        <source>Session %1: %2 present, %3 late, %4 excused, %5 absent, %6 unmarked</source>
        <translation>第 %1 次课：出勤 %2，迟到 %3，请假 %4，缺勤 %5，未登记 %6</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/attendance_grid.py" line="313"/>
        <source>Select a cell in the session column first.</source>
        <translation>请先选择某次课那一列中的单元格。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="113"/>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="116"/>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="150"/>
        <source>%d entries</source>
        <translation>共 %d 条</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="175"/>
        <source>Chain intact: %d entries checked</source>
        <translation>记录链完整：已核对 %d 条</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="178"/>
        <source>Chain broken: %s</source>
        <translation>记录链断裂：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="184"/>
        <source>Verifying the audit trail…</source>
        <translation>正在核对审计记录…</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="19"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="32"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="45"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="55"/>
        <location filename="../../forms/audit_page.ui" line="72"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="62"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="79"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="89"/>
        <source>member#12</source>
        <translation>member#12</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="96"/>
        <source>Text in summary</source>
        <translation>摘要中的文字</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="103"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="110"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="166"/>
        <source>&amp;Verify chain</source>
        <translation>核对记录链(&amp;V)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="33"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="33"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="34"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="34"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="35"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="37"/>
        <source>Backed up to %s. The copy passed the integrity check.</source>
        <translation>已备份到 %s，备份文件通过了完整性检查。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="40"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="47"/>
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="58"/>
        <source>Only the administrator can restore from a backup.</source>
        <translation>只有管理员可以从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="66"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="83"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="67"/>
        <source>UnionOffice database (*.db);;All files (*)</source>
        <translation>UnionOffice 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="76"/>
        <source>%s cannot be used to restore:
%s</source>
        <translation>%s 不能用于恢复：
%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="79"/>
        <source>Replace the current database with the backup %s?

The current database is first copied to the backup folder, so this can be undone.</source>
        <translation>用备份 %s 替换当前数据库吗？

当前数据库会先复制到备份文件夹，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="84"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="184"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="229"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="90"/>
        <source>Restored from %s. The previous database was kept as %s.</source>
        <translation>已从 %s 恢复。原数据库已保存为 %s。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="95"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="162"/>
        <source>The daily backup failed: %s</source>
        <translation>每日备份失败：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="169"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="221"/>
        <source>No good backup was found in %s.</source>
        <translation>在 %s 中没有找到完好的备份。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="176"/>
        <source>The newest good backup is from %s. Ask the administrator to sign in and restore it.</source>
        <translation>最新的完好备份是 %s 的。请管理员登录后恢复。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="180"/>
        <source>Restore the newest good backup, from %s (%s)? The damaged file is kept aside.</source>
        <translation>恢复最新的完好备份（%s，%s）吗？损坏的文件会另行保留。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="183"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="227"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="188"/>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="215"/>
        <source>Looking for the newest good backup…</source>
        <translation>正在查找最新的完好备份…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="194"/>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/backup_actions.py" line="224"/>
        <source>Restore the newest good backup, %s? The damaged file is kept aside.</source>
        <translation>恢复最新的完好备份 %s 吗？损坏的文件会另行保留。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="26"/>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>您的密码由管理员设置。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="29"/>
        <source>Signed in as %s.</source>
        <translation>当前登录用户：%s。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="30"/>
        <source>At least %d characters</source>
        <translation>至少 %d 个字符</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="42"/>
        <source>The new password needs at least %d characters.</source>
        <translation>新密码至少需要 %d 个字符。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="44"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="55"/>
        <source>Saving the new password…</source>
        <translation>正在保存新密码…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="60"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/change_password_dialog.py" line="68"/>
        <source>The password could not be changed.</source>
        <translation>密码修改失败。</translation>
    </message>
    <message>
        <location filename="../../forms/change_password_dialog.ui" line="14"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../forms/change_password_dialog.ui" line="29"/>
        <source>&amp;Current password</source>
        <translation>原密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/change_password_dialog.ui" line="46"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/change_password_dialog.ui" line="63"/>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="238"/>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="243"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="243"/>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="247"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="243"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="247"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="247"/>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="247"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="252"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="253"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="254"/>
        <source>Ask (tick below)</source>
        <translation>逐条决定（在下面勾选）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="260"/>
        <source>All or nothing</source>
        <translation>全部导入或全部不导入</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="262"/>
        <source>Import the valid rows, leave out the rest</source>
        <translation>导入有效的行，其余不导入</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="266"/>
        <source>Save rejected rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="271"/>
        <source>Rows that cannot be imported:</source>
        <translation>不能导入的行：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="274"/>
        <source>Existing members (matched by ID number) whose data differ:</source>
        <translation>已登记会员（按身份证号匹配）中信息不一致的：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="286"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="287"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="301"/>
        <source>New unions: %1</source>
        <translation>新建工会：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="303"/>
        <source>This file was imported before: %1</source>
        <translation>此文件以前导入过：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="321"/>
        <source>No row was rejected.</source>
        <translation>没有未通过的行。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="323"/>
        <source>Save rejected rows</source>
        <translation>保存未通过的行</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="331"/>
        <source>Saved %1 rejected row(s) to %2.</source>
        <translation>已把 %1 行未通过的数据保存到 %2。</translation>
    </message>
</context>
<context>
    <name>ClassEditor</name>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="68"/>
        <source>New training class</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="89"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="89"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="89"/>
        <source>Teacher</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="89"/>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="93"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="90"/>
        <location filename="../../forms/class_editor.ui" line="321"/>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="92"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="92"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="92"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="92"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="210"/>
        <source>Attendance has been taken for this session</source>
        <translation>该课次已登记考勤</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="256"/>
        <source>Training class: %s</source>
        <translation>培训班：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="294"/>
        <source>Moved up from the waiting list: %s</source>
        <translation>由候补转为正式学员：%s</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="14"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="25"/>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="39"/>
        <source>Class name</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="56"/>
        <source>Start date</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="76"/>
        <source>End date</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="96"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="113"/>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="130"/>
        <source>Teachers</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="147"/>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="170"/>
        <source>Completion rule</source>
        <translation>结业条件</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="198"/>
        <source>of the hours attended</source>
        <translation>的学时出勤</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="205"/>
        <source>and assessment passed</source>
        <translation>且考核合格</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="215"/>
        <source>Late arrival earns</source>
        <translation>迟到计</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="256"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="272"/>
        <source>Modules (kind, course, teacher, hours, sessions)</source>
        <translation>教学模块（类别、课程、教师、学时、课次）</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="285"/>
        <source>Add module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="292"/>
        <source>Remove module</source>
        <translation>删除模块</translation>
    </message>
    <message>
        <location filename="../../forms/class_editor.ui" line="312"/>
        <source>Spread sessions over the dates</source>
        <translation>把课次分配到各日期</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="368"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="379"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="380"/>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="388"/>
        <source>Import finished: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="394"/>
        <source>Unexpected error; nothing was changed.</source>
        <translation>发生意外错误，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="395"/>
        <source>Nothing was written to the database.</source>
        <translation>没有写入数据库。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../unionoffice/ui/shell/crash_dialog.py" line="25"/>
        <source>The details were also written to %s.</source>
        <translation>详细信息也已写入 %s。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/crash_dialog.py" line="34"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="14"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="20"/>
        <source>Something went wrong. Nothing was half-saved: the last step was undone. You can keep working; if it happens again, copy the details below and send them to whoever looks after UnionOffice.</source>
        <translation>程序出现意外错误。没有保存不完整的数据：最后一步操作已撤销。您可以继续工作；如果再次出现，请复制下面的详细信息，发给负责维护 UnionOffice 的人员。</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="56"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="102"/>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="180"/>
        <source>%1 chosen: %2 get a place, %3 go on the waiting list (capacity %4, enrolled %5).</source>
        <translation>已选 %1 人：%2 人录取，%3 人进入候补（名额 %4，已报名 %5）。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="196"/>
        <source>Enrolment list</source>
        <translation>报名名单</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="197"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="14"/>
        <source>Enrol members</source>
        <translation>会员报名</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="32"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="42"/>
        <source>Name, pinyin, initials, last digits of ID, phone or card</source>
        <translation>姓名、拼音、首字母、身份证号后几位、手机号或卡号</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="52"/>
        <source>From file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="65"/>
        <source>Search results (Enter or double-click adds; Ctrl/Shift select several)</source>
        <translation>查找结果（回车或双击添加；按住 Ctrl/Shift 可多选）</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="93"/>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="100"/>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_dialog.ui" line="124"/>
        <source>To enrol</source>
        <translation>待报名</translation>
    </message>
</context>
<context>
    <name>EnrolFileDialog</name>
    <message numerus="yes">
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="225"/>
        <source>Enrol %n matched member(s)</source>
        <translation>
            <numerusform>为匹配的 %n 名会员报名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="228"/>
        <source>Matched %1 · not found or invalid %2 · ambiguous %3 · already on the class %4</source>
        <translation>匹配 %1 · 未找到或无效 %2 · 无法确定 %3 · 已在班中 %4</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="234"/>
        <source>The rows listed are left out. Correct them in the file and load it again, or enrol only the matched members now.</source>
        <translation>下列各行未被采用。请在文件中更正后重新导入，或现在只为已匹配的会员报名。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="239"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="239"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="239"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="239"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="240"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="241"/>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="242"/>
        <source>Ambiguous</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="243"/>
        <source>Already on the class</source>
        <translation>已在班中</translation>
    </message>
    <message>
        <location filename="../../forms/enrol_file_dialog.ui" line="14"/>
        <source>Enrol from a list</source>
        <translation>按名单报名</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="38"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="40"/>
        <source>Import members…</source>
        <translation>导入会员…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="44"/>
        <source>Export member roster…</source>
        <translation>导出会员名册…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="51"/>
        <source>Reports for the province</source>
        <translation>上报省总工会的报表</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="56"/>
        <source> (module not yet available)</source>
        <translation>（该模块尚未提供）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="60"/>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="64"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="68"/>
        <source>Recent imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="71"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="71"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="71"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="71"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="72"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="83"/>
        <source>new %1, updated %2, rejected %3</source>
        <translation>新增 %1，更新 %2，未通过 %3</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="112"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="116"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/exchange_page.py" line="122"/>
        <source>Exported %1 row(s) to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="38"/>
        <source>Export member roster</source>
        <translation>导出会员名册</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="42"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="48"/>
        <source>All unions</source>
        <translation>全部工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="54"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="57"/>
        <source>All fields (default: only what the province asks for)</source>
        <translation>全部字段（默认只导出省总要求的字段）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="58"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="62"/>
        <source>Why full ID numbers are needed (recorded in the audit trail)</source>
        <translation>需要完整身份证号的原因（记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="68"/>
        <source>Your role may not export full ID numbers.</source>
        <translation>您的角色不能导出完整身份证号。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="76"/>
        <source>File (.xlsx or .csv):</source>
        <translation>文件（.xlsx 或 .csv）：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="77"/>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="78"/>
        <source>Union:</source>
        <translation>工会：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="79"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="82"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="86"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="100"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/export_dialog.py" line="107"/>
        <source>Exported %1 member(s) to %2.</source>
        <translation>已导出 %1 名会员到 %2。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="61"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="62"/>
        <source>Members from an Excel workbook (xlsx, xls) or a CSV/text file.</source>
        <translation>从 Excel 工作簿（xlsx、xls）或 CSV/文本文件导入会员。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="65"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="68"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="74"/>
        <source>Read file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="81"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="82"/>
        <source>Encoding (CSV):</source>
        <translation>编码（CSV）：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="83"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="89"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="103"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="116"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="118"/>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="29"/>
        <source>At least %d characters</source>
        <translation>至少 %d 个字符</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="44"/>
        <source>The area code has 6 digits (GB/T 2260), e.g. 220102.</source>
        <translation>行政区划代码为 6 位数字（GB/T 2260），例如 220102。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="47"/>
        <source>The password needs at least %d characters.</source>
        <translation>密码至少需要 %d 个字符。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="49"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="78"/>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/first_admin_dialog.py" line="91"/>
        <source>The administrator could not be created.</source>
        <translation>无法创建管理员。</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="14"/>
        <source>Set up UnionOffice</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="20"/>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users. There is no built-in password.</source>
        <translation>此数据库还没有任何用户。请创建管理员账户，再由管理员添加其他用户。程序没有内置密码。</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="30"/>
        <source>District federation</source>
        <translation>区/县总工会</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="36"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="49"/>
        <source>e.g. 南关区总工会</source>
        <translation>例如：南关区总工会</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="56"/>
        <source>Area &amp;code</source>
        <translation>行政区划代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="69"/>
        <source>6 digits (GB/T 2260)</source>
        <translation>6 位数字（GB/T 2260）</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="79"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="85"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="102"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="119"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="136"/>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="405"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="30"/>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="33"/>
        <source>Demo database: users admin (administrator), clerk, reviewer and viewer; password demo</source>
        <translation>演示数据库：用户 admin（管理员）、clerk（经办人）、reviewer（审核人）、viewer（查阅），密码均为 demo</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="41"/>
        <location filename="../../forms/login_dialog.ui" line="15"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="51"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="55"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/login_dialog.py" line="71"/>
        <source>Signing in failed unexpectedly.</source>
        <translation>登录时发生意外错误。</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="9"/>
        <source>Sign in — UnionOffice</source>
        <translation>登录 — UnionOffice</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="44"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="61"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="60"/>
        <source>UnionOffice</source>
        <translation>UnionOffice 区县总工会业务管理</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="101"/>
        <source>This page could not be opened; the details are in the log.</source>
        <translation>无法打开此页面，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="120"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="121"/>
        <source>&amp;Verify a certificate…</source>
        <translation>验证证书(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="122"/>
        <source>&amp;About UnionOffice</source>
        <translation>关于 UnionOffice(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="137"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="138"/>
        <source>Back up &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="140"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="146"/>
        <source>Daily backup made: %1</source>
        <translation>已完成每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="164"/>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="168"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="172"/>
        <source>Demo database: the people in it are invented.</source>
        <translation>演示数据库：其中人员均为虚构。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="194"/>
        <source>UnionOffice %1 — member registry and office work of a district trade-union federation.</source>
        <translation>UnionOffice %1 —— 区/县总工会会员实名制管理与业务办公软件。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="195"/>
        <source>About UnionOffice</source>
        <translation>关于 UnionOffice</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/main_window.py" line="224"/>
        <source>Backing up before closing…</source>
        <translation>正在备份，备份完成后关闭…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="133"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="134"/>
        <source>Each column was matched to a field by its header; change any that is wrong.</source>
        <translation>已按表头把各列对应到字段；如有不对请修改。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="142"/>
        <source>Create grassroots unions that do not exist yet</source>
        <translation>自动新建尚不存在的基层工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="146"/>
        <source>Header row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="152"/>
        <source>Union for rows that name none:</source>
        <translation>未填写工会的行归入：</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/exchange/import_wizard.py" line="191"/>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="108"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="111"/>
        <source>Change log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="189"/>
        <source>Member: %s</source>
        <translation>会员：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="191"/>
        <source>A member changes union by transfer out and in</source>
        <translation>更换所属工会请办理转出和转入</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="193"/>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="202"/>
        <source>New member: fields are checked as you type.</source>
        <translation>新增会员：输入时即时检查各项内容。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="205"/>
        <source>No. %1 · %2 since %3 · %4</source>
        <translation>编号 %1 · %3 起%2 · %4</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="211"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="211"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="211"/>
        <source>From</source>
        <translation>原工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="211"/>
        <source>To</source>
        <translation>转至工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="211"/>
        <source>Status after</source>
        <translation>变动后状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="212"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="212"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="265"/>
        <source> (converted from the 15-digit %s)</source>
        <translation>（由 15 位旧号码 %s 转换）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_editor.py" line="305"/>
        <source>Discard the changes to this member?</source>
        <translation>放弃对该会员的修改？</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="14"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="34"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="43"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="52"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="85"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="95"/>
        <source>18 characters (or an old 15-digit number)</source>
        <translation>18 位（或 15 位旧号码）</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="121"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="138"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="167"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="196"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="225"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="235"/>
        <source>11 digits</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="261"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="290"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="319"/>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="348"/>
        <source>Registered residence</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="381"/>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="390"/>
        <source>Grassroots union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="423"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="440"/>
        <source>Joined</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="476"/>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="509"/>
        <source>Internal card number</source>
        <translation>站内卡号</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="542"/>
        <source>Employment</source>
        <translation>就业情况</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="571"/>
        <source>Skill grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="600"/>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="610"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="617"/>
        <source>Hardship category</source>
        <translation>困难职工类别</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="646"/>
        <source>Hardship file no.</source>
        <translation>困难职工档案号</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="679"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="719"/>
        <source>Membership history</source>
        <translation>会籍变动记录</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="773"/>
        <source>Membership change…</source>
        <translation>会籍变动…</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="796"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../forms/member_editor.ui" line="806"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="51"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="51"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="51"/>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="71"/>
        <source>Already on this class (%s)</source>
        <translation>已在本班（%s）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/enrol_dialog.py" line="72"/>
        <source>Not a member at present (%s)</source>
        <translation>目前不是会员（%s）</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="28"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="29"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="29"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="30"/>
        <source>Grassroots union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="30"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="31"/>
        <source>Joined</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="32"/>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="32"/>
        <source>Migrant</source>
        <translation>农民工</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="33"/>
        <source>Hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="143"/>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/member_table_model.py" line="216"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="78"/>
        <source>New union…</source>
        <translation>新建基层工会…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="79"/>
        <source>Edit union…</source>
        <translation>修改基层工会…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="94"/>
        <source>Search by name, pinyin, initials, last digits of the ID, mobile or card number (Ctrl+F)</source>
        <translation>按姓名、拼音、首字母、身份证号后几位、手机号或卡号查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="96"/>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="98"/>
        <location filename="../../unionoffice/ui/members/members_page.py" line="292"/>
        <source>Membership change…</source>
        <translation>会籍变动…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="203"/>
        <source>%1 members</source>
        <translation>共 %1 名会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="205"/>
        <source>The first %1 matches, best first: type more to narrow the search</source>
        <translation>前 %1 条结果（最匹配的在前），请输入更多内容缩小范围</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="208"/>
        <source>%1 matches, best first</source>
        <translation>找到 %1 条（最匹配的在前）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="210"/>
        <source>No member matches “%1”</source>
        <translation>没有与“%1”匹配的会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="254"/>
        <source>Select a member in the table first.</source>
        <translation>请先在表格中选择一名会员。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="271"/>
        <source>Select a grassroots union in the tree first.</source>
        <translation>请先在左侧选择一个基层工会。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/members_page.py" line="290"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="21"/>
        <source>The current union releases the member until another union accepts the transfer in.</source>
        <translation>原工会办理转出，会员处于“转出中”，直至新工会办理转入。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="23"/>
        <source>The new union accepts the member; both dates stay in the history.</source>
        <translation>新工会接收会员；转出和转入日期均记入会籍变动记录。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="25"/>
        <source>Retired, unemployed or employer closed: no dues, no vote.</source>
        <translation>退休、失业或单位关闭：保留会籍期间不交会费，不参加选举。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="27"/>
        <source>The member is active again.</source>
        <translation>会员恢复为在会状态。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="28"/>
        <source>Withdrawal on written request, approved by the grassroots union.</source>
        <translation>本人书面申请退会，经基层工会批准。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="30"/>
        <source>Six consecutive months without dues or union activity.</source>
        <translation>连续 6 个月不交会费、不参加工会组织生活。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="32"/>
        <source>Expulsion decided by the grassroots union.</source>
        <translation>经基层工会决定开除会籍。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="33"/>
        <source>The record is kept; the member no longer counts.</source>
        <translation>保留记录，不再计入会员人数。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="58"/>
        <source>Record</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="81"/>
        <source>(not known yet)</source>
        <translation>（暂未确定）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/membership_dialog.py" line="82"/>
        <source>(the union named at transfer out)</source>
        <translation>（转出时确定的工会）</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="14"/>
        <source>Membership change</source>
        <translation>会籍变动</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="25"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="42"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="59"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="92"/>
        <source>To union</source>
        <translation>转入工会</translation>
    </message>
    <message>
        <location filename="../../forms/membership_dialog.ui" line="109"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="27"/>
        <source>Find a union…</source>
        <translation>查找工会…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="31"/>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="31"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="44"/>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="68"/>
        <source>All members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/widgets/org_tree.py" line="70"/>
        <source>All members of the district</source>
        <translation>全区会员</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="31"/>
        <source>Members</source>
        <translation>会员管理</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="33"/>
        <source>Training</source>
        <translation>培训管理</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="35"/>
        <source>Data exchange</source>
        <translation>导入导出</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="37"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="39"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/pages.py" line="41"/>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../unionoffice/ui/training/class_editor.py" line="368"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../forms/reason_dialog.ui" line="14"/>
        <location filename="../../forms/reason_dialog.ui" line="49"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/reason_dialog.ui" line="35"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="205"/>
        <source>History: %s</source>
        <translation>变更记录：%s</translation>
    </message>
</context>
<context>
    <name>RecordHistoryView</name>
    <message>
        <location filename="../../unionoffice/ui/admin/audit_page.py" line="196"/>
        <source>No changes recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../unionoffice/ui/shell/single_instance.py" line="122"/>
        <source>The database %s is in use on the computer “%s”. Close UnionOffice there first.</source>
        <translation>数据库 %s 正在计算机“%s”上使用。请先在那台计算机上关闭 UnionOffice。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/shell/single_instance.py" line="129"/>
        <source>UnionOffice is already working on %s (process %s).</source>
        <translation>UnionOffice 已经在使用 %s（进程 %s）。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../unionoffice/ui/shell/task_feedback.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="43"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="43"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="44"/>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="44"/>
        <source>Issuing body</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="45"/>
        <source>Date style</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="46"/>
        <source>Issuer code (in numbers)</source>
        <translation>机关代字（用于文号）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="47"/>
        <source>Number pattern</source>
        <translation>编号格式</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="48"/>
        <source>Issuer banner</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="49"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="50"/>
        <source>Attachment title</source>
        <translation>附件名称</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="51"/>
        <source>Copy to (抄送)</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="52"/>
        <source>Printed by (印发机关)</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="53"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="54"/>
        <source>Signature line</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="55"/>
        <source>Page numbers</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="56"/>
        <source>Seal image (PNG)</source>
        <translation>印章图片（PNG）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="57"/>
        <source>Seal diameter (mm)</source>
        <translation>印章直径（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="58"/>
        <source>Seal shift right (mm)</source>
        <translation>印章右移（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="59"/>
        <source>Seal shift down (mm)</source>
        <translation>印章下移（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="60"/>
        <source>Background / border image</source>
        <translation>底图/边框图片</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="61"/>
        <source>Print border and title</source>
        <translation>打印边框和标题</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="62"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="62"/>
        <source>Sheet width (mm)</source>
        <translation>纸张宽度（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="63"/>
        <source>Sheet height (mm)</source>
        <translation>纸张高度（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="64"/>
        <source>Printer offset X (mm)</source>
        <translation>打印机水平偏移（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="65"/>
        <source>Printer offset Y (mm)</source>
        <translation>打印机垂直偏移（毫米）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="66"/>
        <source>Title typeface</source>
        <translation>标题字体</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="67"/>
        <source>Body typeface</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="68"/>
        <source>Title size (pt)</source>
        <translation>标题字号（磅）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="69"/>
        <source>Body size (pt)</source>
        <translation>正文字号（磅）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="70"/>
        <source>Print certificate number</source>
        <translation>打印证书编号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="71"/>
        <source>Print QR code</source>
        <translation>打印二维码</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="72"/>
        <source>QR prefix (verification URL)</source>
        <translation>二维码前缀（核验网址）</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="74"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="75"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="76"/>
        <source>Pre-printed sheet</source>
        <translation>预印证书纸</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="159"/>
        <source>Discard the unsaved changes to this template?</source>
        <translation>放弃对此模板未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="182"/>
        <source>One field per line, e.g. 班级名称=焊工技能提升班</source>
        <translation>每行一项，例如：班级名称=焊工技能提升班</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="184"/>
        <source>Sample values</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="187"/>
        <source>Fields you can use: %1</source>
        <translation>可用字段：%1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="291"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="296"/>
        <source>Preview with sample data, %1 KB, rendered in %2 ms</source>
        <translation>示例数据预览，%1 KB，生成用时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="321"/>
        <source>Template saved.</source>
        <translation>模板已保存。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="326"/>
        <source>Replace the template “%1” with the shipped default?</source>
        <translation>用程序自带的默认模板替换“%1”？</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="340"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="340"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="344"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="349"/>
        <source>Print sample</source>
        <translation>打印样张</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="14"/>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="44"/>
        <source>Document &amp;kind</source>
        <translation>文书类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="100"/>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="107"/>
        <source>Reset to &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="141"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="144"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="154"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="157"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="171"/>
        <source>Sample &amp;people</source>
        <translation>示例人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="191"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="198"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>TrainingHistoryWidget</name>
    <message>
        <location filename="../../unionoffice/ui/training/training_history.py" line="38"/>
        <source>%1 class(es) · %2 hours · %3 completed · %4 certificate(s)</source>
        <translation>培训班 %1 个 · %2 学时 · 结业 %3 次 · 证书 %4 份</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="88"/>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="89"/>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="90"/>
        <source>Start</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="91"/>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="92"/>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="93"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="94"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="95"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="96"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="97"/>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="99"/>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="100"/>
        <source>Completion</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="101"/>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="102"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="103"/>
        <source>Classes</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="104"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="105"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="106"/>
        <source>Course hours</source>
        <translation>课程学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="107"/>
        <source>Trainee hours</source>
        <translation>学员学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="108"/>
        <source>Completions</source>
        <translation>结业人数</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_models.py" line="109"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../forms/training_page.ui" line="30"/>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="96"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="96"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="97"/>
        <source>Not yet assessed</source>
        <translation>未考核</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="102"/>
        <source>Class roster…</source>
        <translation>班级名册…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="103"/>
        <source>Sign-in sheets, all sessions…</source>
        <translation>签到表（全部课次）…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="104"/>
        <source>Sign-in sheet, selected session…</source>
        <translation>签到表（所选课次）…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="105"/>
        <source>Attendance summary…</source>
        <translation>考勤汇总…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="111"/>
        <source>Delete enrolment…</source>
        <translation>删除报名记录…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="135"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="142"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="143"/>
        <location filename="../../forms/training_page.ui" line="57"/>
        <location filename="../../forms/training_page.ui" line="267"/>
        <location filename="../../forms/training_page.ui" line="330"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="151"/>
        <source>All academies</source>
        <translation>全部工匠学院</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="204"/>
        <source>No class yet: create one with “New class…”.</source>
        <translation>还没有培训班：请用“新建培训班…”创建。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="207"/>
        <source>%1 (%2) · %3 to %4 · %5 · %6 hours</source>
        <translation>%1（%2）· %3 至 %4 · %5 · %6 学时</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="225"/>
        <source>Enrolled %1 · waiting %2 · completed %3 · certificates %4</source>
        <translation>已报名 %1 · 候补 %2 · 结业 %3 · 证书 %4</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="247"/>
        <source>First add an academy (Academies… → New academy…).</source>
        <translation>请先添加工匠学院（工匠学院… → 新建工匠学院…）。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="265"/>
        <source>New academy…</source>
        <translation>新建工匠学院…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="288"/>
        <source>Enrolled: %1. On the waiting list: %2.</source>
        <translation>已报名：%1。候补：%2。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="295"/>
        <source>Select the trainees who withdraw.</source>
        <translation>请选择退学的学员。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="298"/>
        <source>Withdraw</source>
        <translation>退学</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="298"/>
        <source>Withdraw %s from the class?</source>
        <translation>让 %s 退出本班？</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="310"/>
        <source>Moved up from the waiting list: %s</source>
        <translation>由候补转为正式学员：%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionoffice/ui/training/training_page.py" line="317"/>
        <source>Delete the enrolment records of %n member(s), with their attendance? This cannot be undone.</source>
        <translation>
            <numerusform>将删除 %n 名会员的培训报名记录及其考勤，且不能恢复。确定吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="328"/>
        <source>Select enrolled trainees first.</source>
        <translation>请先选择已报名的学员。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="339"/>
        <source>Select one enrolled trainee.</source>
        <translation>请选择一名已报名的学员。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="342"/>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="342"/>
        <source>Not completed</source>
        <translation>未结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="343"/>
        <source>Back to the rule</source>
        <translation>按结业条件</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="344"/>
        <source>%1: by the class rule, %2.</source>
        <translation>%1：按本班结业条件为%2。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="345"/>
        <source>Override completion</source>
        <translation>改判结业</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="49"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="60"/>
        <source>Nobody on this class has completed yet.</source>
        <translation>本班还没有人结业。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="62"/>
        <source>Number and issue completion certificates to %1 trainee(s) who completed (the %2 already issued keep their numbers), then print all of them?</source>
        <translation>为 %1 名已结业学员编号并颁发结业证书（已颁发的 %2 份保留原编号），然后全部打印吗？</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="67"/>
        <source>Save certificates</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="78"/>
        <source>%1 new certificate(s) numbered, %2 printed to %3.</source>
        <translation>新编号证书 %1 份，已输出 %2 份到 %3。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="82"/>
        <source>These trainees hold a certificate but no longer meet the completion rule; a reviewer should decide whether to revoke it: %s</source>
        <translation>以下学员已持有证书，但已不再符合结业条件，请审核人决定是否撤销：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="89"/>
        <source>Issuing certificates…</source>
        <translation>正在颁发证书…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="99"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="398"/>
        <location filename="../../unionoffice/ui/training/training_print.py" line="101"/>
        <source>Saved to %s</source>
        <translation>已保存到 %s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="105"/>
        <source>Class roster</source>
        <translation>班级名册</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="116"/>
        <source>Select a session column in the attendance grid first.</source>
        <translation>请先在考勤表中选择某次课的一列。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="120"/>
        <source>Sign-in sheets</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_print.py" line="124"/>
        <source>Attendance summary</source>
        <translation>考勤汇总</translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionoffice/ui/training/training_page.py" line="385"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="391"/>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="392"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/training/training_page.py" line="142"/>
        <location filename="../../forms/training_page.ui" line="71"/>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="93"/>
        <source>New class…</source>
        <translation>新建培训班…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="100"/>
        <source>Edit class…</source>
        <translation>修改培训班…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="107"/>
        <source>Academies…</source>
        <translation>工匠学院…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="143"/>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="160"/>
        <source>Enrol…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="167"/>
        <source>Withdraw…</source>
        <translation>退学…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="174"/>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="184"/>
        <source>Override completion…</source>
        <translation>改判结业…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="204"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="214"/>
        <source>Issue certificates…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="235"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="259"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="281"/>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="308"/>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <location filename="../../forms/training_page.ui" line="322"/>
        <source>Hours ledger</source>
        <translation>学时台账</translation>
    </message>
</context>
<context>
    <name>UnionEditor</name>
    <message>
        <location filename="../../unionoffice/ui/members/union_editor.py" line="41"/>
        <source>Grassroots union: %s</source>
        <translation>基层工会：%s</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/members/union_editor.py" line="48"/>
        <source>New grassroots union</source>
        <translation>新建基层工会</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="14"/>
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="25"/>
        <source>Name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="58"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="75"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="85"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="111"/>
        <source>Unit nature</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="124"/>
        <source>Economic type</source>
        <translation>经济类型</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="137"/>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="150"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/union_editor.ui" line="167"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="35"/>
        <source>At least %d characters</source>
        <translation>至少 %d 个字符</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="42"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="42"/>
        <source>The new user signs in with this temporary password and must then choose their own.</source>
        <translation>新用户用此临时密码登录，之后须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="44"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="44"/>
        <source>Give the user this temporary password; they must choose their own at the next sign-in. A lockout is lifted.</source>
        <translation>把此临时密码告诉该用户，其下次登录时须设置自己的密码。账户锁定随之解除。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="46"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="46"/>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation>新角色自该用户下次登录起生效。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="72"/>
        <source>The password needs at least %d characters.</source>
        <translation>密码至少需要 %d 个字符。</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="74"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="14"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="29"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="46"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="63"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="76"/>
        <source>&amp;Temporary password</source>
        <translation>临时密码(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/user_dialog.ui" line="93"/>
        <source>R&amp;epeat password</source>
        <translation>再次输入密码(&amp;E)</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="94"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="94"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="95"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="95"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="112"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="112"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="113"/>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="113"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/admin/users_page.py" line="180"/>
        <source>Disable the user “%s”? They can no longer sign in; their records and history stay.</source>
        <translation>停用用户“%s”？停用后不能再登录，其经办的记录和历史保留。</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="19"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="26"/>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="33"/>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="40"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="47"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="67"/>
        <source>Change &amp;my password…</source>
        <translation>修改我的密码(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/users_page.ui" line="92"/>
        <source>New users and users whose password was reset must choose their own password at their next sign-in.</source>
        <translation>新用户和被重设密码的用户，下次登录时须设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="14"/>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="20"/>
        <source>Type the verification code printed on the certificate, or scan its QR code.</source>
        <translation>输入证书上印的核验码，或扫描证书上的二维码。</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="32"/>
        <source>&amp;Code</source>
        <translation>核验码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="42"/>
        <source>ABCDE-12345</source>
        <translation>ABCDE-12345</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="52"/>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="76"/>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="90"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="100"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="114"/>
        <source>Issued by</source>
        <translation>发证单位</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="124"/>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="134"/>
        <source>Reprints (补发)</source>
        <translation>补发次数</translation>
    </message>
</context>
<context>
    <name>_ImagePicker</name>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="363"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="364"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="373"/>
        <source>Choose a PNG image</source>
        <translation>选择 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="373"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../unionoffice/ui/certificates/template_editor.py" line="395"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
</TS>
