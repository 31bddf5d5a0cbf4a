<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompetitionEditor</name>
    <message>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>竞赛名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Where awards are collected</source>
        <translation>领奖地点</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>领奖日期</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CompetitionHistoryWidget</name>
    <message>
        <source>%1 entry(ies) · %2 prize(s)</source>
        <translation>参赛 %1 项 · 获奖 %2 项</translation>
    </message>
</context>
<context>
    <name>CompetitionModels</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Entry no.</source>
        <translation>参赛编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>已进入阶段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>赛项</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩状态</translation>
    </message>
    <message>
        <source>Grade held</source>
        <translation>现有等级</translation>
    </message>
    <message>
        <source>Proposed grade</source>
        <translation>拟晋升等级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>起止年度</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>参赛企业</translation>
    </message>
    <message>
        <source>Workers covered</source>
        <translation>覆盖职工</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1（并列）</translation>
    </message>
</context>
<context>
    <name>CompetitionSettingsDialog</name>
    <message>
        <source>Competition settings</source>
        <translation>竞赛设置</translation>
    </message>
    <message>
        <source>Default theory weight</source>
        <translation>默认理论权重</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Housing ministry&apos;s theory cap</source>
        <translation>住建部理论权重上限</translation>
    </message>
    <message>
        <source>Grade-step rule</source>
        <translation>技能等级晋升规则</translation>
    </message>
    <message>
        <source>Grade-step places per event</source>
        <translation>每个赛项晋升等级名额</translation>
    </message>
</context>
<context>
    <name>CompetitionsPage</name>
    <message>
        <source>Competition / event</source>
        <translation>竞赛 / 赛项</translation>
    </message>
    <message>
        <source>Entrants</source>
        <translation>参赛人数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩排名</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>成绩公示</translation>
    </message>
    <message>
        <source>Print public notice…</source>
        <translation>打印公示名单…</translation>
    </message>
    <message>
        <source>Export public notice…</source>
        <translation>导出公示名单…</translation>
    </message>
    <message>
        <source>Technical experts</source>
        <translation>技术能手推荐名单</translation>
    </message>
    <message>
        <source>Grade steps</source>
        <translation>技能等级晋升名单</translation>
    </message>
    <message>
        <source>Labour competitions</source>
        <translation>劳动和技能竞赛</translation>
    </message>
    <message>
        <source>Entering competitions, entrants and scores</source>
        <translation>录入竞赛、报名和成绩</translation>
    </message>
    <message>
        <source>Deciding ties and making results final</source>
        <translation>裁定并列和确定结果</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create a competition and its events.</source>
        <translation>请在左侧选择赛项，或新建竞赛和赛项。</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>前 %1 名晋级</translation>
    </message>
    <message>
        <source>%1 · trade %2 · %3 · stages: %4</source>
        <translation>%1 · 工种 %2 · %3 · 阶段：%4</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>成绩状态：%1</translation>
    </message>
    <message>
        <source>%1 ranked · %2 without both scores · %3 tie(s) at a line to decide</source>
        <translation>已排名 %1 人 · 未录完成绩 %2 人 · 待裁定并列 %3 处</translation>
    </message>
    <message numerus="yes">
        <source>%n entrant(s)</source>
        <translation>
            <numerusform>%n 名选手</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 project(s) · %2 enterprises · %3 workers covered</source>
        <translation>%1 个项目 · 参赛企业 %2 家 · 覆盖职工 %3 人</translation>
    </message>
    <message>
        <source>Publish the results of %1 for public notice? Scores can still be corrected during the notice.</source>
        <translation>发布%1成绩公示？公示期间仍可更正成绩。</translation>
    </message>
    <message>
        <source>Make the results of %1 final? Ranks, prizes and promotions are written, prize winners are recorded on their member records, and scores can no longer be changed.</source>
        <translation>确定%1成绩？名次、奖项和晋级将写入，获奖情况记入会员档案，成绩不能再修改。</translation>
    </message>
    <message>
        <source>Reopen the final results of %1 for a revision? Prizes recorded on member records are withdrawn until the results are made final again.</source>
        <translation>重新打开%1已确定的成绩以便更正？会员档案中的获奖记录将撤回，待再次确定后重新记入。</translation>
    </message>
    <message>
        <source>Reopen results</source>
        <translation>重新打开成绩</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import a score sheet</source>
        <translation>导入成绩表</translation>
    </message>
    <message>
        <source>%1 row(s) would replace scores already entered. Replace them? (Each replacement is recorded in the audit trail.)</source>
        <translation>有 %1 行会覆盖已录入的成绩。要覆盖吗？（每次覆盖都记入审计记录。）</translation>
    </message>
    <message>
        <source>Checking the score sheet…</source>
        <translation>正在检查成绩表…</translation>
    </message>
    <message>
        <source>%1 row(s) have errors (row %2: %3). Import the %4 correct row(s) and save the rows with errors to %5?</source>
        <translation>%1 行有错误（第 %2 行：%3）。导入无误的 %4 行，并把有错误的行保存到 %5？</translation>
    </message>
    <message>
        <source>No row of the sheet can be imported: %1</source>
        <translation>成绩表中没有可以导入的行：%1</translation>
    </message>
    <message>
        <source>Score sheet imported: %1</source>
        <translation>成绩表已导入：%1</translation>
    </message>
    <message>
        <source>Importing scores…</source>
        <translation>正在导入成绩…</translation>
    </message>
    <message>
        <source>Select one of the entrants whose tie is to be decided.</source>
        <translation>请选择待裁定并列中的一名选手。</translation>
    </message>
    <message>
        <source>Select the decision to withdraw.</source>
        <translation>请选择要撤销的裁定。</translation>
    </message>
    <message>
        <source>Withdraw this decision? The tie is flagged again if it still exists.</source>
        <translation>撤销这项裁定？如果并列仍在，将重新标为待裁定。</translation>
    </message>
    <message>
        <source>Select the entrants first.</source>
        <translation>请先选择选手。</translation>
    </message>
    <message>
        <source>Not in this stage: %1</source>
        <translation>不在本阶段：%1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2%1：%3</translation>
    </message>
    <message>
        <source>Select one entrant.</source>
        <translation>请选择一名选手。</translation>
    </message>
    <message>
        <source>Delete the registration %1 of %2? Only a registration made by mistake, without scores, can be deleted.</source>
        <translation>删除%2的报名（%1）？只有误报且没有成绩的报名才能删除。</translation>
    </message>
    <message>
        <source>Folder for the award certificates and letters</source>
        <translation>获奖证书和获奖通知书的保存文件夹</translation>
    </message>
    <message>
        <source>%1 award certificate(s) and %2 letter(s) (%3 newly issued) saved to %4.</source>
        <translation>获奖证书 %1 份、获奖通知书 %2 份（新颁发 %3 份）已保存：%4。</translation>
    </message>
    <message>
        <source>Not yet final: %1</source>
        <translation>成绩尚未确定：%1</translation>
    </message>
    <message>
        <source>Prize changed since issuing: %1</source>
        <translation>发证后奖项有变化：%1</translation>
    </message>
    <message>
        <source>Issuing and printing award documents…</source>
        <translation>正在颁发并打印获奖证书和通知书…</translation>
    </message>
    <message>
        <source>Skill competitions</source>
        <translation>职工职业技能大赛</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>New competition…</source>
        <translation>新建竞赛…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建赛项…</translation>
    </message>
    <message>
        <source>Referees…</source>
        <translation>裁判员…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Publish for notice</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>确定成绩</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Score entry</source>
        <translation>成绩录入</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next entrant; Tab moves to the next column; Delete clears. Totals and ranks follow as you type.</source>
        <translation>输入成绩后按回车到下一名选手；Tab 到下一列；Delete 清除。总成绩和名次随输入即时更新。</translation>
    </message>
    <message>
        <source>Import score sheet…</source>
        <translation>导入成绩表…</translation>
    </message>
    <message>
        <source>Decide tie…</source>
        <translation>裁定并列…</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>撤销裁定</translation>
    </message>
    <message>
        <source>Decisions on ties</source>
        <translation>并列裁定记录</translation>
    </message>
    <message>
        <source>Register entrants…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>弃权…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>取消资格…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复参赛</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除报名</translation>
    </message>
    <message>
        <source>Follow-ons</source>
        <translation>后续奖励</translation>
    </message>
    <message>
        <source>Follow-ons of the whole competition, from each event&apos;s final.</source>
        <translation>整个竞赛的后续奖励，依据各赛项决赛成绩。</translation>
    </message>
    <message>
        <source>Award certificates and letters…</source>
        <translation>获奖证书和通知书…</translation>
    </message>
    <message>
        <source>Recommended for 技术能手 (granted by the human-resources department)</source>
        <translation>推荐为技术能手（由人社部门授予）</translation>
    </message>
    <message>
        <source>Skill-grade steps for the best of each event</source>
        <translation>各赛项优胜者晋升技能等级</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Edit project…</source>
        <translation>修改项目…</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>By rank in the event</source>
        <translation>按赛项名次</translation>
    </message>
    <message>
        <source>By each union&apos;s quota</source>
        <translation>按各单位名额</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Places or %</source>
        <translation>名额或比例(%)</translation>
    </message>
    <message>
        <source>Recommend for 技术能手</source>
        <translation>推荐技术能手</translation>
    </message>
    <message>
        <source>Merit award</source>
        <translation>优秀奖类</translation>
    </message>
    <message>
        <source>Number of places</source>
        <translation>按名额</translation>
    </message>
    <message>
        <source>Share of the ranked (%)</source>
        <translation>按比例（%）</translation>
    </message>
    <message>
        <source>Practical %1 %</source>
        <translation>实操 %1 %</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>赛项</translation>
    </message>
    <message>
        <source>Trade (工种)</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Event as printed (赛项)</source>
        <translation>赛项名称（印在证书上）</translation>
    </message>
    <message>
        <source>Same as the trade</source>
        <translation>与工种相同</translation>
    </message>
    <message>
        <source>Theory weight</source>
        <translation>理论权重</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Under the housing ministry&apos;s rule (theory weight capped)</source>
        <translation>执行住建部规定（理论权重有上限）</translation>
    </message>
    <message>
        <source>Timed: equal scores are ranked by time</source>
        <translation>计时赛项：成绩相同时按用时排名</translation>
    </message>
    <message>
        <source>Grade-step places</source>
        <translation>晋升等级名额</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>比赛阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Advancement</source>
        <translation>晋级方式</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>晋级人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>预赛 preliminary</source>
        <translation>预赛</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>复赛 semi-final</source>
        <translation>复赛</translation>
    </message>
    <message>
        <source>决赛 final</source>
        <translation>决赛</translation>
    </message>
    <message>
        <source>Prize bands of the final</source>
        <translation>决赛奖项设置</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加奖项</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除奖项</translation>
    </message>
</context>
<context>
    <name>LabourEditor</name>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Workers covered</source>
        <translation>覆盖职工</translation>
    </message>
    <message>
        <source>%1 enterprises · %2 workers covered</source>
        <translation>参赛企业 %1 家 · 覆盖职工 %2 人</translation>
    </message>
    <message>
        <source>Labour and skill competition</source>
        <translation>劳动和技能竞赛</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>起止年度</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Participating enterprises and the workers each covers</source>
        <translation>参赛企业及各自覆盖的职工人数</translation>
    </message>
    <message>
        <source>Add enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>RefereesDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Referees</source>
        <translation>裁判员</translation>
    </message>
    <message>
        <source>Add referee</source>
        <translation>添加裁判员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <source>%n member(s) to register</source>
        <translation>
            <numerusform>待报名 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the members to register first.</source>
        <translation>请先添加要报名的会员。</translation>
    </message>
    <message>
        <source>Registered: %1.</source>
        <translation>已报名 %1 人。</translation>
    </message>
    <message>
        <source> Not registered: %1.</source>
        <translation> 未报名：%1。</translation>
    </message>
    <message>
        <source>Register entrants</source>
        <translation>报名参赛</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID or phone digits</source>
        <translation>姓名、拼音首字母、身份证号或手机号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>待报名</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Entry no.</source>
        <translation>参赛编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>实操</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总成绩</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tie to decide</source>
        <translation>并列待裁定</translation>
    </message>
    <message>
        <source>Advances</source>
        <translation>晋级</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>%1 entrants · %2 of %3 competing scored · %4 tie(s) at a line to decide · %5</source>
        <translation>选手 %1 人 · 参赛 %3 人中已录完 %2 人 · 待裁定并列 %4 处 · %5</translation>
    </message>
    <message>
        <source>The score could not be saved.</source>
        <translation>成绩未能保存。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>One grade up for the first N of each event</source>
        <translation>各赛项前 N 名晋升一级</translation>
    </message>
    <message>
        <source>By prize: medallists to 二级 (一级 if they hold 二级), merit awards to 三级</source>
        <translation>按奖项：一、二、三等奖晋升二级（已是二级的晋升一级），优秀奖晋升三级</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>%1 share place %2 with equal total, practical and theory scores. The tie straddles: %3.</source>
        <translation>%1 的总成绩、实操和理论成绩均相同，并列第 %2 名。并列跨越：%3。</translation>
    </message>
    <message>
        <source>Tick at least one line.</source>
        <translation>请至少勾选一条分界线。</translation>
    </message>
    <message>
        <source>Decide a tie</source>
        <translation>裁定并列</translation>
    </message>
    <message>
        <source>All of them on the better side of the line</source>
        <translation>全部计入分界线以内（并列）</translation>
    </message>
    <message>
        <source>Break the tie in this order (first = better place)</source>
        <translation>按此顺序排名（越靠前名次越高）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>裁定理由</translation>
    </message>
</context>
</TS>
