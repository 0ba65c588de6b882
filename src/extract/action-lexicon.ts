/**
 * The words `findActions` reads a task's leading verb phrase with. Curated from plans of every
 * level (工作要点, 实施意见, 行动计划); add words here, not rules in code.
 */

/**
 * Verbs of the steps of an application or a yearly report, the duties of guides and notices
 * (`在线填写和提交申请书`, `选择申请代码`, `上传附件材料`, `书面回复`, `请及时与我部联系`), and of a statistical return
 * (`登录统计报表系统…`, `在…网站下载`, `联网直报`; `填报` is in VERBS; not `打印`, more often the noun of `纸质打印件`).
 */
const FILING_VERBS = `
提交 确认提交 填写 选择 上传 反馈 书面反馈 回复 书面回复 联系 论述 申明 汇总报告 填写和提交
登录 下载 联网直报
`;

/**
 * Verbs of buying, selling, hiring and funding, the tasks of plans that steer spending
 * (`优先采购贫困地区产品`, `聘用工勤人员`, `拟资助培育项目约25项`, `每年安排专项资金`).
 */
const SPENDING_VERBS = `
采购 购买 销售 聘用 资助 安排 扣减 专设
`;

/**
 * Verbs of supervision, sanction and procedure, the tasks of supervisory bodies, courts and
 * procuratorates (`约谈其主要负责人`, `责令限期整改`, `移送纪检监察机关`, `提起公益诉讼`, `严肃追责问责`).
 */
const SUPERVISING_VERBS = `
监督纠正 约谈 责令 终止 移送 提起 会见 立案 立案办理 审查终结 提前介入 追究 问责 追责 追责问责 迫使
`;

/**
 * Verbs of attention and commitment that head a duty as other verbs do (`高度重视`, `关注…关系`,
 * `承诺遵守…规定`, `狠抓工作落实`), and of what a rule requires (`应当包括…内容`, `不得超过2个`).
 */
const MINDING_VERBS = `
重视 关注 承诺 承诺遵守 狠抓 防治 精简 包括 超过
`;

/**
 * Acts that rules forbid (`不得截留、挤占、挪用`, `严禁收受回扣`, `不得擅自停运`, `严禁向河道倾倒垃圾`):
 * misuse of funds, taking of money, dumping and storing, handing on, hiding and evading, and works
 * built or enlarged against a rule, blocking what must stay seen or open (`不得遮挡…立面`, `严禁锁闭、封堵安全出口`), tied sales (`搭售…产品`), paid removal of posts (`有偿删帖`), gain sought
 * by a post, changes of use and occupation (`谋取私利`, `擅自改变用途`, `占用…通道`), forcing others (`强制企业参加…`: 强制
 * only, as 强令), and the failings of public services (`推诿、拒收…`, `抢挖生源`, `违规撤并`,
 * `炒作…`), hindering others (`阻挠…安装…`: 阻挠 only, as 强制), building where it is barred (`建造坟墓`), handing on work (`转包`, `分包`), charging more (`加收…费用`)
 * and lavish ceremonies (`大操大办`). A prohibition is a task, and these are the verbs it governs.
 */
const FORBIDDEN_VERBS = `
截留 挤占 挪用 套取 骗取 侵占 虚报 冒领 私分 收受 索取 索要 收取 摊派 倾倒 丢弃 焚烧 堆放 存放 停运 闲置
出租 出借 转借 转让 转包 泄露 篡改 伪造 隐瞒 瞒报 谎报 规避 代替 从事 扩建 改扩建 拒报 迟报 干预 强令 调增 借贷
推诿 拒收 炒作 抢挖 撤并 吸烟 烧纸 燃放 集资 虚构 遮挡 删帖 谋取 改变 占用 强制 锁闭 封堵 堵塞 搭售
阻挠 阻碍 加收 建造 大操大办 分包
`;

/**
 * Verbs of the duties of supervision and safety that plans set for their own staff: answering and
 * reporting (`5个工作日内答复`, `向…汇报`), staffing (`配齐专职辅导员`, `选派骨干进修`), warning and
 * checking (`及时预警`, `每日巡检`), handling misconduct (`严肃处理`, `暂停招生`, `撤销`), phasing out
 * (`淘汰…货车`, `关停…企业`), summing up (`总结推广经验`), repairs (`48小时内修复`) and the milestones of
 * works (`主体结构封顶`); handing out, hiring and dispatching (`发放…手册`, `招聘教师`, `每月调度一次`), cases and
 * recalls (`查办案件`, `下架并追溯`), splitting and assigning (`分解到…`, `布置作业`), supplying and replacing
 * (`供应气源`, `更换灶具`), keeping and limiting (`保留并办好`, `守牢底线`, `限制…迁入`), standards (`制修订…标准`), stopping
 * what a patrol finds (`及时制止`) and closing a case on a ledger (`逐宗销号`); the leaders' duties of posts and meetings
 * (`…负责人担任…主任`, `定期主持召开…会议`, `出席…活动`) and writing up a check (`写出自验报告`); checking strictly and
 * putting an end to ills (`严把…关`, `严查…`, `杜绝…事故`), analysing and watching (`剖析原因`, `全面监视…过程`), writing
 * off (`核销…风险区`) and renewing by turns (`迭代更新…场景`).
 */
const DUTY_VERBS = `
担任 主持召开 主持 写出 出席 严把 严查 杜绝 剖析 监视 核销 迭代更新
答复 汇报 报备 配齐 配足 选派 选调 派驻 预警 巡检 排查 处理 处分 处罚 暂停 撤销 吊销 淘汰 关停 关闭 拆除 取缔 清退
总结 总结推广 封顶 投运 交付 修复 抢修
发放 招聘 公开招聘 公开选拔 调度 查办 分解 轮训 下架 追溯 更换 供应 布置 守牢 保留 办好 限制 制修订 制止 销号
`;

/**
 * Verbs of the duties rules set on managers, owners and statisticians: keeping within bounds (`严格控制…使用`;
 * `控制在20元以下` is a comparison word, see find-actions.ts), handing over and keeping
 * (`退出…区域，并向…移交…`, `由…代管`, `单独列账`), sharing costs (`按楼层分摊`, `按5:5比例分担`), hiring
 * and contracting (`选聘物业服务人`, `签订三方协议`), relocating (`搬迁`), answering and passing on
 * (`首次响应`, `向…反映`), publishing (`编发快报`, `出版年鉴`), sampling and checking (`抽取2个社区`,
 * `逐一核查`), teaching and duty rosters (`讲授课程`, `单独值班`), paying out
 * (`兑现政策`), being granted (`获批…项目`) and cutting a budget (`按程序调减预算`, as `调增`).
 */
const RULE_VERBS = `
控制 退出 移交 代管 列账 分摊 分担 选聘 签订 搬迁 响应 反映 编发 出版 抽取 核查 讲授 值班 兑现 获批 讨论通过 公开发布 调减
`;

/**
 * Verbs of the field work that plans of every domain assign, each read as a verb (not a noun or a
 * name part) in the plans of the shared corpus: visits and care (`定期走访`, `每月探访`), works and
 * repairs (`年内完工`, `修缮校舍`, `加固堤防`, `同步修建防空地下室`, `24小时内恢复供水`), money in and out (`缴存公积金`, `追回资金`, `及时拨付`,
 * `退还押金`, `筹集资金`, `投向…企业`), licences, checks and ratings (`核发证照`, `评定等级`,
 * `巡查河道`, `清点物资`), sanctions (`查封…场所`, `降级使用`, `拒绝…申请`) and terms and agents (`延长…时间`,
 * `委托第三方机构…`), inviting guests (`邀请…代表担任…`), adding places and planning events (`在…周边增设泊位`, `策划推出…线路`), referrals, permits and revenue
 * (`及时下转至…`, `依法申领…许可证`, `依法暂扣…`, `全额上缴…`, `通过…媒体曝光…`), joining, listing and reserving (`加入…团队`, `在…交易所上市`,
 * `预留…号源`).
 * Stocking (`储备沙袋不少于500只`, `支持企业储备…设备`): 储备 after a noun (`物资储备`) is no verb's place, and before
 * 粮/库 it names a reserve (NOUN_SUFFIX in find-actions.ts): a verb of laying in stock before its count.
 * Words mostly nouns there (`审批`, `登记`, `受理`, `抽查`, `检测`, `补助`) stay out, and so do words
 * mostly modifiers of a noun (`维修资金`, `检修领域`, `巡察内容`, `缴纳…费的企业`).
 */
const FIELD_VERBS = `
探访 走访 慰问 救治 随访 接种
完工 修缮 加固 铺设 迁建 疏浚 清运 转运 拆迁 植树 造林 修建 恢复
缴存 追回 追缴 拨付 划拨 返还 退还 兑付 垫付 筹集 收储 投向 投保 提取
评定 审定 核发 颁发 换发 补发 核定 核验 复查 清点 巡查 巡护 稽查 鉴定 征集 值守
降级 拒绝 查封 扣押 暂扣 没收 延长 委托
增设 策划 储备 邀请
申领 上缴 下转 曝光 加入 上市 预留
`;

/**
 * Verbs of growing, building up and cleansing, as reports of the State Council write them (`壮大…产业`,
 * `厚植…优势`, `整肃…风气`): none is a noun in the plans of the shared corpus. Not `关心`: city and county plans
 * name a body and its work after it (`关心下一代工作委员会`, `关心下一代工作`); nor `构筑`, which opens a noun of
 * plans (`建筑物、构筑物`, `构筑物安全隐患`).
 */
const GROWING_VERBS = `
壮大 厚植 整肃
`;

/**
 * Verbs of finding out and drawing up (`摸清…底数`, `重点调查…`, `列出计划`; `调查` before a rate or a result is a noun, see
 * find-actions.ts), of seizing (`收缴…农药`), of taking people in and hiring
 * them (`接纳未成年人`, `招用…人员`), of creating powers (`不得违法创设…许可`), of firming up a view (`树牢…观`) and of
 * sowing more (`扩种油菜`), as plans of cities, counties and provinces write their duties; none names a thing there.
 */
const SURVEYING_VERBS = `
摸清 列出 收缴 接纳 招用 创设 树牢 扩种 调查
`;

/**
 * Verbs of grasping and planning work (`深刻领悟…意义`, `谋划…工作`), of freeing a right for use (`放活经营权`, as `盘活`), of
 * choosing and announcing winners (`评选出…口号`, `宣读评选结果`), of cutting a stock down (`消减存量违法建筑`, as `压减`) and
 * of sealing a form (`加盖公章`, as `出具`), as plans of every level write them.
 */
const PLANNING_VERBS = `
领悟 谋划 放活 评选 宣读 消减 加盖
`;

/** Verbs that can head a task (`举办`, `深化`, `加强`, …). */
export const VERBS: readonly string[] = `
研究 制定 制订 推动 建立 举办 深化 加强 开展 推进 落实 贯彻 实施 组织 出台 发挥 支持 规范 优化 提升 提高 强化 建设 构建
打造 培育 鼓励 引导 探索 创新 扩大 巩固 拓展 整合 评估 加大 坚持 做好 作好 抓好 确保 实现 形成 促进 维护 保障 保护 用好 管好
指导 督促 严守 遵循 避免 防止 融入 应用 推广 申报 创建 争创 给予 防范 化解 打击 遏制 开设 纳入 列入 增强 畅通 倾斜 实行 加快
健全 完善 使用 举行 召开 进行 打通 解决 激发 梳理 清查 治理 协调 统筹 协同 注重 赋予 改进 发布 推行 确立 定位 选树 讲好
预防 采集 疏导 接访 阅批 培养 提供 承接 监控 联通 挖掘 释放 迁移 对接 接入 升级 适应 涵盖 利用 成立 扩充 建成 采取 聘请
作为 贯穿 执行 交换 引进 招引 吸引 发展 参与 参加 申建 加密 拓宽 降低 减轻 宣传 帮助 扶持 改造 新建 改建 组建 搭建 设立
新增 更新 替代 明确 压减 归集 编制 录入 汇聚 汇总 整治 开放 共享 认领 填报 办结 挂载 丰富 延伸 招录 修订 清理 评价
考核 核实 监测 调研 通报 上报 摸排 筛选 推荐 遴选 选取 争取 跟踪 配合 防范 应对 把握 补齐 夯实 完成 满足 减少 增加 保持 稳定 守住 充实 征求 公开征求
筑牢 压实 树立 弘扬 营造 培训 动员 开辟 设置 部署 加工 制作 编辑 整理 填充 上线 规范发展 讲 做 抓 起草 审查 清理
公开 公示 记录 检查 督查 督办 督导 考评 表彰 奖励 宣讲 解读 普及 开拓 布局 深耕 放宽 取消 落户 集聚 创优 推介 展示
建成投用 启动 推开 收集 汇编 统计 盘活 处置 查处 惩治 严惩 整改 修改
核准 理顺 编印 判定 守好 发表 介绍 回答 劝导 确认 发起 查找 稳住 主攻 倒排 谋划好 创响 压紧压实 集成推广 培育壮大 谋划储备 迎接 承办 承办好 补强 扛牢 控减 研讨 研判 布设 创办 商定 搞好 管理好 展开 寻找
明示 公布 接受 撤下 报 配强 报批 缩短 引入 缓解 紧跟 承担 申请 申请加入 配建 补足 核实 复核 剔除 择优确定 报送 审核 提请 兼顾
予以 认定 出示 表明 着装 佩戴 挂钩 前置为 约定 回购 免除 评聘 依托 创造 配置 收回 验放 领会 把握 推出 提出 牵头
取消 下达 下发 备案 报告 衔接 督促检查 指导推进 调整充实 试点开展 试点推行 先行试点 优先试点 予以收回 予以验放 挪作他用 配备 确定 细化
消除 破除 清除 打破 加装 安装 开工 开工建设 竣工 投产
改革完善 改革创新 改革优化 改革调整 调整 简化 压缩 反对 拟定 阅读 出具 告知 允许 协助 推出 开通 兼任 做到 开发 运用 发现 助力 采用 做大做强 吸纳 调动 遵守 回应 考虑 履行 办理 听取 纠正 负责 执业 经营 下放 联动 共建 共享 共治 完善提升 优化提升 攻关 研发 推介 引领 带动 约束 激励 规划 保证 守护 捍卫
${FILING_VERBS} ${GROWING_VERBS} ${SURVEYING_VERBS} ${PLANNING_VERBS} ${SPENDING_VERBS} ${SUPERVISING_VERBS} ${MINDING_VERBS} ${FORBIDDEN_VERBS} ${DUTY_VERBS} ${RULE_VERBS} ${FIELD_VERBS}
`.trim().split(/\s+/u);

/**
 * How often or how much, beside `每年`, `每季度`, `每月` (`每学期开展`, `每半年监测一次`, `每两年开展`,
 * `累计建成`, `分别完成`, `至少召开`, `按月完成`, `逐一核查`), in batches or one by one (`分两批开展`, `逐宗销号`), every shift (`每班清理`), level by level (`逐级分解下达`),
 * every half month or ten days (`每半月调度一次`, `逐旬发布`), place by place (`逐乡镇验收`, `逐校核查`), together with another thing
 * (`随决算一并报送`).
 */
const FREQUENCY_ADVERBS = `
每半年 每两年 每三年 每五年 每学期 每学年 每周 每天 每日 累计 分别 至少 按月 按季度 按季 按年 按日 按周 逐一 逐个
分批 分两批 分三批 逐宗 逐件 逐案 每班 逐级 每半月 每旬 逐旬 逐月 逐年 逐乡镇 逐村 逐户 逐县 逐校 逐条 一并
`;

/**
 * How a duty is done, said as a set phrase (`因地制宜选择`, `依规依纪严肃处理`, `严厉打击`, `实时发布`, `由各市自行确定`,
 * `单独列账`), by whom (`亲自部署`, `直接结算`, `专职负责…`, a post's sole duty), how much or at once (`一次性告知`, `足额落实`, `全额追回`), when
 * (`随时报告`), by when (`限期整改`, `如期完成`), for pay or not (`有偿使用`), with what care or weight (`精心组织`, `从重处罚`, `依法依约采取`), at whose cost or will (`免费开放`, `自愿缴存`), against the law
 * (`严禁非法集资`), no more (`不再安排预算`), beyond a standard or a scope (`不得超标准接待`, `超范围采购`), how early or how far (`提前介入`, `尽量避免`), without exception (`一律取消`), or that its result is
 * new (`新培育…合作社20家`, `新引进企业3家`; `新增`, `新建` are verbs of their own); with what resolve, said as a set
 * phrase of a report (`坚定不移推进…`, `一以贯之落实…`, `锲而不舍抓好…`, `持之以恒整治…`, `毫不放松抓好…`, `想方设法筹措…`,
 * `多措并举落实…`, `圆满完成…`, `顺利通过…`), where (`就地解决…`, `就近安置…`),
 * or in rivalry (`竞相推出…`); measured against a standard, said as a set phrase of a report, with the verb right after it
 * (`对标对表修订…制度`), not the frame `对标…` whose phrase ends in its noun.
 */
const MANNER_ADVERBS = `
因地制宜 实事求是 依规依纪 依纪依法 严肃 严厉 实时 自行 单独 直接 新 亲自 不合理 提前 尽量 尽力 一律
一次性 足额 全额 限期 如期 免费 自愿 非法 随时 精心 从重 从轻 依约 依法依约 有偿 无偿 上门 不再
超标准 超范围 超规格 专职 坚定不移 一以贯之 锲而不舍 持之以恒 毫不放松 就地 就近 竞相 对标对表
想方设法 多措并举 千方百计 全力以赴 不折不扣 圆满 顺利
`;

/**
 * How far or on what terms, as the real plans of the State Council write it: in measure (`适当增加…`, `适度调减…`),
 * on equal terms with others (`平等保护…`, `平等对待…`). Not `更多`, which plans mostly put before a noun
 * (`更多建设资金向农村倾斜`, `更多发展成果惠及全体人民`).
 */
const MEASURE_ADVERBS = `
适当 适度 平等
`;

/** The length of a set phrase of manner (`实事求是`, `因地制宜`, `坚定不移`). */
const SET_PHRASE = 4;

/** Words before a verb that say how or how hard (`深入`, `持续`, `进一步`); they stay part of the action. */
const ADVERB_WORDS: readonly string[] = `
立即 立刻 马上 重复 积极 持续 全面 深入 突出 准确 按需 及早 全部 均 都 每年 每季度 每月 专题 诚信 大力 切实 进一步 认真 不断 依法 依规 依法依规 严格 着力 有效 广泛 努力 重点 逐步 稳步 及时 主动 定期
扎实 坚决 充分 普遍 率先 共同 适时 常态化 机制化 综合 高标准 高质量 高水平 基本 原则上 全方位 分批次 同步 集中 优先
自觉 更好 更加 尽快 力争 合力 精准 有序 全力 深度 大幅 迅速 抓紧 真正 按规定 按要求 按时 按期 带头 继续 整体 全程 统一
分类 分级 多层次 多渠道 大幅度 大规模 系统 务实 再 还 也 进一步 全链条 一体化 规范化 标准化 动态 滚动
坚定 深刻 适时 依规 逐项 择优 更大 按程序 按法定程序 因需 自主 分类 尽早
初步 分步 分层 分行业 分领域 在线 书面 现场 如实 据实 周密 牢固 经常 有针对性地 高度 从严 密切 先期 明显 普遍 违规 擅自 联手 合理 科学 审慎 严 先行 优先 加速 规模化 集约化 常态 长期 协同 主动 专项 积极稳妥 稳妥 正常
${FREQUENCY_ADVERBS} ${MANNER_ADVERBS} ${MEASURE_ADVERBS}
`.trim().split(/\s+/u);

/**
 * The adverbs, and the set phrases of four characters among them with the `地` that makes them adverbs (`实事求是地反映…`,
 * `因地制宜地新建…`); a short adverb with `地` (`更好地解决`) leaves the verb alone as the action, as the seed's gold reads it.
 */
export const ADVERBS: readonly string[] = [...ADVERB_WORDS, ...ADVERB_WORDS.filter((word) => word.length === SET_PHRASE).map((word) => `${word}地`)];

/**
 * Verbs that take another verb after them to make one action (`研究制定`, `推动建立`,
 * `加快推进`, `宣传贯彻…制度`, `梳理精简…事项`), with the verbs each can take.
 */
export const SERIAL: Readonly<Record<string, readonly string[]>> = {
  研究: ['制定', '制订', '落实', '梳理', '推进', '设立', '出台', '起草', '解决', '建立', '提出', '部署', '决定'],
  推动: ['建立', '落实', '开展', '实现', '构建', '形成', '出台', '解决', '完善', '实施', '建设', '发展', '设立'],
  推进: ['落实', '实施', '建设', '构建'],
  调整: ['优化', '完善'],
  加快: ['制定', '推进', '构建', '发展', '整合', '实施', '建设', '升级', '完善', '培育', '引进', '提升', '打造', '实现', '梳理', '形成', '建立', '推动'],
  组织: ['开展', '实施', '发布', '参加', '引导', '动员', '编制', '召开', '申报', '成立'],
  贯彻: ['落实', '实施', '执行'],
  建立: ['健全', '完善'],
  健全: ['完善'],
  巩固: ['拓展', '深化', '提升'],
  探索: ['建立', '开展', '设立', '建设', '推进', '形成', '实施', '推行'],
  督促: ['落实', '指导', '检查'],
  统筹: ['推进', '协调', '用好', '安排', '谋划'],
  协同: ['推进'],
  深化: ['拓展'],
  创新: ['发展'],
  落实: ['应用'],
  开展: ['研究'],
  梳理: ['形成', '完善', '公布', '精简'],
  升级: ['建设', '改造'],
  清理: ['整治', '规范'],
  改造: ['提升'],
  更新: ['改造'],
  优化: ['调整', '完善'],
  协调: ['解决', '推进', '联动', '处理'],
  帮助: ['解决'],
  监测: ['分析'],
  宣传: ['推广', '贯彻', '普及', '宣讲'],
  普及: ['宣传'],
  评选: ['表彰'],
  公开: ['曝光'],
  分解: ['下达'],
  植树: ['造林'],
  策划: ['推出', '举办', '开展'],
  跟踪: ['调度', '督办', '问效', '落实', '监测'],
  走访: ['联系', '慰问', '调研'],
  推广: ['应用'],
  注重: ['发挥'],
  负责: ['制定', '组织', '实施', '推进', '落实', '解释', '指导', '协调'],
  进行: ['评估', '研究', '整合', '调研', '考核', '检查', '督查', '清理', '审查', '培训', '部署', '通报', '约谈', '整改', '处理', '审核', '指导'],
};

/**
 * Verbs whose object is itself a small clause with its own subject and predicates
 * (`促进执纪执法贯通、有效衔接司法`, `引导广大群众自觉守法、遇事找法`): the verbs joined by `、`
 * after their object are inside it, not further tasks.
 */
export const GOVERNING_VERBS: readonly string[] = `
促进 推动 引导 带动 督促 指导 组织 帮助 确保 保障 实现 动员 激励 使 让 促使 推进 做到
`.trim().split(/\s+/u);

/**
 * Words that open a clause of circumstance, not a task (`按照省委统一部署`,
 * `围绕重大共性需求`, `通过数据共享`): such a clause gives no action.
 */
export const FRAMING: readonly string[] = `
按照 根据 围绕 紧紧围绕 依托 通过 结合 针对 聚焦 紧扣 紧盯 对照 对标 立足 基于 以 本着 借助 依据 遵照 参照 参考 面向 着眼 随着 依靠 按 经 其中 除
`.trim().split(/\s+/u);

/**
 * Frames that take only a noun (`围绕…`, `聚焦…`, `针对…`): a list closed by `等` after them holds their topics. Not
 * `结合`, `根据`, `按照` and their like, whose words (`结合本地实际`) may end before a task of the same clause.
 */
export const NOUN_FRAMING: readonly string[] = `
围绕 紧紧围绕 依托 针对 聚焦 紧扣 紧盯 对照 对标 立足 面向 着眼 借助 依靠
`.trim().split(/\s+/u);

/**
 * Prepositions before the verb of a task, with the verbs their phrase ends in
 * (`对…进行评估`, `将…纳入…`, `为…提供…`); null where any verb may follow (`在我市开展…`).
 */
export const PREPOSITIONS: Readonly<Record<string, readonly string[] | null>> = {
  将: ['推送', '延伸', '对接', '挂钩', '借贷', '作为', '纳入', '列入', '贯穿', '融入', '交换', '迁移', '转交', '移交', '移送', '推荐', '复制推广', '覆盖', '用于', '列为', '下放', '打造', '建成', '报送', '上报', '报', '提交', '抄送', '印发', '分解', '下达'],
  把: ['作为', '纳入', '列入', '贯穿', '融入', '用于', '列为'],
  为: ['提供', '创造', '营造', '作出', '打造', '奠定', '搭建', '开辟', '培养', '争取', '培训', '讲授', '办理', '配备', '配置', '安装', '发放', '购买'],
  对: ['进行', '开展', '保持', '实施', '实行', '作出', '给予', '予以', '加强', '落实', '实现', '采取', '组织', '提高', '做到'],
  与: ['建立', '实现', '开展', '加强', '签署', '签订', '共建', '对接', '联动', '衔接', '合作', '协同', '推进', '挂钩', '配合', '沟通', '协调', '会商'],
  向: ['延伸', '提供', '发放', '出具', '公示', '推介', '开放', '倾斜', '转移', '报告', '推广', '集聚', '通报', '推送', '上报', '公布', '表明', '公开', '报送', '发布'],
  同: ['建立', '开展', '加强', '推进', '签署', '签订'],
  在: null,
  从: null,
  由: null,
};

/** Words that let a subject hand its task over (`书记要认真履行…`). */
export const MODALS: readonly string[] = ['必须', '应当', '务必', '可以', '要', '应', '须'];

/**
 * Words that open a clause without being part of its action (`一是`, `同时`, `并`, `既…，又…`; not `既有` existing), and a time
 * said in words when a modal follows it (`今年要…`, `下一步要…`).
 */
export const OPENERS = new RegExp(
  `^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|另外|并且|而且|并|还要|都要|均要|也要|又要|既要|又|既(?![有然往定是])|进而|从而|以便|特别是|尤其是|(?:今年|明年|年内|近期|今后|下一步)(?=${MODALS.join('|')}))`,
  'u',
);
