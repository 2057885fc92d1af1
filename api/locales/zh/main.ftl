# oerdex 页面和标签：简体中文。

## Page shell

meta-description = 查找采用开放许可的教育资源，了解您可以如何使用它们，并复制现成的署名说明。
skip-link = 跳到正文
tagline = 开放教育资源，开放许可
nav-label = 网站
nav-search = 搜索
nav-sources = 来源
nav-api = API
footer = oerdex 通过 OAI-PMH 采集开放教育资源的元数据。许可信息读取自元数据：使用前请先核对资源本身。这里的所有内容也以 JSON 提供：{ $api }。
footer-api = API 说明
language-menu = 语言
language-menu-label = 本站语言

## Error pages

error-not-found-heading = 未找到
error-not-found = 这里什么也没有。该资源可能从未收录在目录中。
error-gone-heading = 已撤回
error-gone = 收录该资源的所有资源库都已将其撤回，因此目录不再列出它。
error-other-heading = 出错了
error-internal = 服务器未能响应此请求；故障已记录。
error-unavailable = 目录暂时无法响应，请稍后再试。
error-back = 搜索目录

## Search page

page-title-search = 搜索
page-title-query = “{ $query }” – 搜索
search-heading = 查找开放教育资源
search-label = 搜索标题、简介、学科和作者
search-placeholder = 例如：光合作用、"线性方程"、fraction*
search-button = 搜索
sort-label = 排序
sort-relevance = 最相关
sort-updated = 最近更新
sort-title = 按标题排序
search-invalid = 无法执行此搜索：{ $detail }
search-new = 重新搜索
results-heading =
    { $count ->
        [0] 没有匹配的资源
       *[other] 找到 { $count } 个资源
    }
results-continued = （续）
results-empty = 请换用其他词语或减少筛选条件：每个筛选条件都会缩小结果范围。筛选条件旁的数字表示选中后会得到多少资源。
pages-label = 结果页
page-first = 第一页
page-next = 下一页
api-same = 以 JSON 获取同样的搜索结果：{ $link }
untitled = 无标题资源
fact-language = 语言
fact-type = 类型
fact-level = 学段
fact-accessibility = 无障碍
fact-sources =
    { $count ->
       *[other] 来源
    }

## Filters

filters-heading = 筛选
filters-hint = 勾选所需条件，然后点击“应用筛选”。每个数字表示该筛选条件会得到多少资源。
filters-hint-live = 勾选筛选条件后结果会立即更新。每个数字表示该筛选条件会得到多少资源。
switches-legend = 您可以做什么
switch-open = 开放许可（联合国教科文组织）：可改编和分享，可能限非商业使用
switch-commercial = 允许商业使用
switch-derivatives = 允许修改（改编）
open-meaning = “开放”依据联合国教科文组织《开放教育资源建议书》：任何人都可以免费使用、改编和分享该资源。禁止商业使用的许可仍属开放许可；禁止修改的许可则不属于。
switch-free = 仅限自由文化作品：任何用途，包括商业用途
free-meaning = “自由”依据《自由文化作品定义》：任何人都可以出于任何目的（包括商业目的）使用、改编和分享该资源，包括 CC0、公有领域、CC BY、CC BY-SA 及自由软件许可。所有自由许可也都是开放许可；禁止商业使用的许可属于开放许可，但不是自由许可。
facet-license = 许可
facet-language = 语言
facet-type = 资源类型
facet-level = 教育阶段
facet-accessibility = 无障碍
facet-subject = 学科
facet-source = 来源
facet-more = 更多（{ $count }）
count-resources =
    { $count ->
       *[other] 个资源
    }
apply-filters = 应用筛选
active-filters = 当前筛选条件
chip-words = 关键词：{ $words }
chip-facet = { $facet }：{ $value }
chip-open-yes = 仅限开放许可
chip-open-no = 非开放许可
chip-free-yes = 仅限自由文化作品
chip-free-no = 非自由文化作品
chip-commercial-yes = 允许商业使用
chip-commercial-no = 不可商业使用
chip-derivatives-yes = 允许修改
chip-derivatives-no = 不允许修改
chip-updated-since = { $date }以来更新
chip-remove = （移除）
clear-all = 全部清除

## Licences

badge-inferred = （依据资源库的默认许可推定）
badge-none = 未注明许可
badge-none-hint = 重复使用前请先征得作者同意
family-label = { $short }：{ $words }
family-other = 其他许可
family-short-pdm = 公有领域
family-cc-by = 可分享和改编，须署名
family-cc-by-sa = 可分享和改编，须署名，以相同方式共享
family-cc-by-nc = 可非商业性地分享和改编，须署名
family-cc-by-nc-sa = 可非商业性地分享和改编，须署名，以相同方式共享
family-cc-by-nd = 可原样分享，须署名
family-cc-by-nc-nd = 可非商业性地原样分享，须署名
family-cc0 = 已贡献至公有领域，无任何条件
family-pdm = 无已知版权，无任何条件
family-mit = 可自由使用和改编，须保留版权声明
family-apache = 可自由使用和改编，须保留相关声明
family-bsd = 可自由使用和改编，须保留版权声明
family-mpl = 可使用和改编，修改过的文件仍须采用 MPL
family-lgpl = 可使用和改编，对该库的修改仍须采用 LGPL
family-gpl = 可使用和改编，改编作品仍须采用 GPL
family-agpl = 与 GPL 相同，也适用于通过网络使用的软件
family-gfdl = 可分享和改编，改编作品仍须采用 GFDL
cc-licence = 知识共享 { $title } { $version } { $scope }
cc-title-cc-by = 署名
cc-title-cc-by-sa = 署名-相同方式共享
cc-title-cc-by-nc = 署名-非商业性使用
cc-title-cc-by-nc-sa = 署名-非商业性使用-相同方式共享
cc-title-cc-by-nd = 署名-禁止演绎
cc-title-cc-by-nc-nd = 署名-非商业性使用-禁止演绎
cc-scope-international = 国际
cc-scope-unported = 未本地化
cc-scope-generic = 通用
licence-cc0 = CC0 1.0 通用
licence-pdm = 公有领域标记 1.0

## Resource page

back-to-search = ← 搜索目录
open-resource = 打开资源
machine-readable = 机器可读格式：{ $json }、{ $jsonld }
label-value = { $label }：{ $value }
licence-heading = 您可以做什么
licence-label = 许可
rights-statements = 资源库原文中的权利声明
allowed-yes = 是
allowed-no = 否
permission-share = 使用和分享副本
permission-adapt = 改编并分享您的版本
permission-commercial = 用于商业目的
permission-open = 开放许可（联合国教科文组织开放教育资源定义）
share-alike-hint = 相同方式共享：您改编的版本必须采用相同的许可。
inferred-hint = 该资源未注明许可；这是其资源库为所有记录声明的许可。请核对资源本身。
attribution-heading = 署名说明
attribution-none = 未注明许可或无法识别许可，因此没有可复制的署名说明：重复使用此资源前，请先询问作者或资源库。
copy-plain = 纯文本
copy-html = HTML（用于网页）
copy-text-button = 复制文本
copy-html-button = 复制 HTML
copied = 已复制。
copy-selected = 已选中：按 Ctrl+C（或 ⌘+C）复制。
details-heading = 详细信息
detail-also-titled = 其他标题
detail-languages = 语言
detail-subjects = 学科
detail-keywords = 关键词
detail-types = 资源类型
detail-levels = 教育阶段
detail-accessibility = 无障碍
detail-access-modes = 感知方式
detail-audience = 适用对象
detail-age = 适用年龄
detail-time-required = 所需时间
detail-interactivity = 交互类型
detail-educational-use = 教学用途
detail-alignments = 对应标准
detail-formats = 格式
detail-based-on = 基于
detail-part-of = 所属
detail-parts = 组成部分
detail-authors = 作者
detail-contributors = 贡献者
detail-publisher = 出版者
detail-published = 发布日期
detail-address = 网址
detail-doi = DOI
detail-updated = 在本目录中的更新时间
detail-id = 目录编号
sources-heading-resource = 资源来源
sources-one = 有一个资源库描述了此资源。
sources-many = 有 { $count } 条记录描述了此资源；目录已将其合并。
sources-table-region = 来源记录，可横向滚动
sources-table-caption = 此资源的来源记录
sources-col-repository = 资源库
sources-col-identifier = 记录标识符（OAI-PMH）
sources-col-changed = 在该处的最后修改时间
sources-col-format = 格式
format-qdc = 限定都柏林核心

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = 《{ $title }》
licence-version-unknown = { $licence }（未注明版本）
attribution-licensed = { $title }由{ $author }采用 { $licence } 许可协议授权。
attribution-licensed-anonymous = { $title }采用 { $licence } 许可协议授权。
attribution-marked = { $title }由{ $author }标注为 { $licence }。
attribution-marked-anonymous = { $title }标注为 { $licence }。
attribution-note-cc = 许可要求您在任何使用该作品的地方都按此署名。如有修改，请加以说明，例如“改编自……”。
attribution-note-cc-nd = 许可要求您在任何使用该作品的地方都按此署名。它不允许您分享修改后的版本。
attribution-note-public-domain = 不要求署名，但注明作者和来源是良好的做法。
attribution-note-other = 这不是知识共享许可：还须遵守其自身条款（对于软件许可，请保留版权和许可声明）。

## Sources page

sources-heading = 来源
sources-lead = oerdex 从这些 OAI-PMH 资源库采集数据。首次采集读取全部内容；之后每次只请求有变化的部分。
sources-none = 尚未注册任何资源库。
source-endpoint = 接口地址
source-format = 格式
source-sets = 集合
source-sets-all = 整个资源库
source-records = 记录数
source-last = 上次采集
source-next = 下次采集
source-default-licence = 记录未注明许可时推定的许可
source-history = 采集历史（JSON）
harvest-never = 尚未采集
harvest-full = 全量
harvest-incremental = 增量
harvest-counts = 新增 { $added }、更新 { $updated }、删除 { $deleted }
harvest-unreadable = { $failed } 条无法读取
harvest-running = 自 { $time } 起进行中（{ $kind }）：目前{ $counts }
harvest-ok = { $time }{ $status }（{ $kind }）：{ $counts }
harvest-interrupted = { $time }{ $status }：{ $counts }；下次采集将从中断处继续
harvest-failed = { $time }{ $status }：{ $counts }
status-succeeded = 成功
status-interrupted = 中断
status-failed = 失败
next-now = 正在采集
next-disabled = 无：该来源已停用
next-unscheduled = 本服务器未安排

## Registration form

register-heading = 注册资源库
register-intro = oerdex 在注册前会实时检查接口（Identify 以及其提供的元数据格式和集合），注册后立即采集，无需排队。
register-label-name = 简称
register-hint-name = 1 到 64 个字母、数字、“-”、“_”或“.”，例如 zoerr。
register-label-url = OAI-PMH 基础网址
register-hint-url = 资源库响应 OAI-PMH 请求的地址。
register-label-metadata-prefix = 元数据格式（可选）
register-hint-metadata-prefix = 留空则采用资源库提供的最丰富格式：LOM，其次是 LRMI 或限定都柏林核心，再次是 oai_dc。
register-label-sets = 集合（可选）
register-hint-sets = 以空格或逗号分隔的集合标识；留空表示整个资源库。
register-label-default-license = 记录未注明许可时推定的许可（可选）
register-hint-default-license = 许可标识、网址或名称，例如 CC-BY-4.0。
register-button = 检查并注册
register-live-check = 该资源库未通过实时检查：{ $detail }
register-conflict = 名称“{ $name }”已被占用；请换一个。
register-ok = 已注册 { $name }。
register-ok-detail = { $repository }已通过实时检查，将以 { $format } 格式采集。首次采集现在开始；可在该来源的页面上查看进度。
register-the-repository = 该资源库

register-label-contact-email = 联系邮箱
register-hint-contact-email = 运营者可通过此地址就该资源库与您联系；只有运营者能看到。
form-too-many = 来自您地址的尝试过多；请在 { $minutes } 分钟后重试。

## Proposing a repository (anyone)

propose-heading = 推荐资源库
propose-intro = 您知道这里还没有的开放教育资源 OAI-PMH 资源库吗？请推荐它：oerdex 会立即实时检查，若能正常响应，就将其加入运营者的待审队列，由运营者决定是否采集。
propose-button = 检查并推荐
propose-queued-heading = 您的推荐正在等待运营者审核
propose-queued = { $name } 已通过实时检查，在队列中的申请编号为 { $id }。
propose-number = 申请编号
propose-repository = 资源库名称（来自实时检查）
propose-submitted = 提交时间
propose-next = 运营者会批准或拒绝每一项申请。一旦批准，系统会立即采集该资源库，它也会出现在来源页面上。如需写信给运营者，请保留申请编号。
propose-back = 返回来源
source-page-link = 采集情况与元数据质量
operator-link = 运营者入口：审核推荐的资源库
status-running = 进行中

## A source's page

source-back = 全部来源
source-json = 此来源（JSON）
harvests-heading = 最近的采集
harvests-intro = 最近 { $count } 次采集，按时间从早到晚排列。每个标记都链接到下表中对应的行。
harvest-mark = { $time }{ $status }（{ $kind }）：{ $counts }
harvest-legend = 标记的含义
records-heading = 记录数随时间的变化
records-how = 每次采集后目录中保存的该资源库记录数。目录并不存储这些数字：它们是根据当前记录数以及每次采集新增和删除的数量倒推出来的，因此只是估计值。
chart-title = 每次采集后来自 { $name } 的记录数
chart-desc = 从 { $from } 到 { $to }：所示第一次采集后有 { $first } 条记录，最后一次采集后有 { $last } 条；最少 { $lowest } 条，最多 { $highest } 条。下表列出了每个数字。
harvest-table-caption = 所示的每次采集，最新的在前
harvest-col-started = 开始时间
harvest-col-result = 结果
harvest-col-added = 新增
harvest-col-updated = 更新
harvest-col-deleted = 删除
harvest-col-unreadable = 无法读取
harvest-col-records = 采集后记录数

## Metadata quality report

quality-heading = 元数据质量
quality-intro = 该资源库的 { $records } 条有效记录中，有多少条以 oerdex 能读取的方式注明了各个字段。统计依据的是资源库自己对记录的描述，即与其他资源库的记录合并之前的状态，便于资源库管理者了解需要在本地改进什么。
quality-empty = 此来源尚无有效记录，因此无从衡量。
quality-caption = 含有各字段的记录所占比例
quality-col-field = 字段
quality-col-records = 记录数
quality-col-share = 比例
quality-licence = oerdex 能读取的许可
quality-language = 语言
quality-url = 资源网址
quality-description = 描述
quality-type = 资源类型
quality-level = 教育层次
percent = { $value }%
quality-unreadable-licences = 有 { $count } 条记录注明的权利信息无法被 oerdex 识别为许可。
quality-no-rights = 有 { $count } 条记录完全没有注明权利信息。
quality-licences-heading = oerdex 无法读取的权利声明（按出现次数从多到少）
quality-languages-heading = oerdex 无法读取的语言值（按出现次数从多到少）
quality-col-value = 记录中的原文
quality-none-unreadable = 没有：oerdex 全部读取了。
quality-unread = 有 { $count } 条记录的格式无法被任何转换规则理解：它们按采集时的原样保存，但不在目录中。
quality-json = 同一报告的 JSON 版本

## The operator's page

operator-heading = 运营者
operator-intro = 运营者负责审核推荐的资源库，也可以直接注册资源库。请使用服务器的管理员令牌登录。
operator-sign-in-heading = 登录
operator-token-label = 管理员令牌
operator-token-hint = 只发送一次，用于开启一小时的会话，会话保存在仅用于运营者页面的 Cookie 中；令牌本身不会显示或保存。
operator-sign-in-button = 登录
operator-wrong-token = 管理员令牌错误，因此您未能登录。
operator-disabled = 此服务器没有管理员令牌（server.admin_token 或 OERDEX_ADMIN_TOKEN），因此任何人都无法以运营者身份登录。
operator-disabled-heading = 此服务器没有运营者
operator-refused-heading = 请先登录
operator-signed-out = 您未以运营者身份登录，或会话已结束，因此没有做任何更改。
operator-cross-site = 此请求来自其他网站的页面，因此已被拒绝，没有做任何更改。
operator-go-sign-in = 前往运营者页面
operator-session = 您已以运营者身份登录；会话将在 { $minutes } 分钟后或您退出登录时结束。
operator-sign-out = 退出登录
queue-heading = 等待审核的申请（{ $count }）
queue-intro = 下列每个资源库在被推荐时都已通过实时检查。批准后即注册该资源库并开始首次采集；拒绝则保留该申请及您填写的理由。
queue-empty = 没有等待审核的申请。
queue-more = 当前显示最早的 { $shown } 项申请；审核完这些后即可看到其余申请。
request-heading = 申请 { $id }：{ $name }
request-which = （申请 { $id }）
request-approve = 批准
request-reject = 拒绝
request-reason = 拒绝理由（可选）
request-approved = 已批准：{ $name } 现在是一个来源，首次采集现在开始。
request-rejected = 已拒绝申请 { $id }（{ $name }）。
request-not-found = 没有这项申请。
request-failed = 无法处理该申请：{ $detail }

## Numbers, dates, lists

list-separator = 、
list-and = { $init }和{ $last }
date = { $year }年{ $month }{ $day }日
date-time = { $date } { $time } (UTC)
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Languages (names in this language; other languages are shown by their own name)

language-ar = 阿拉伯语
language-zh = 中文
language-en = 英语
language-fr = 法语
language-ru = 俄语
language-es = 西班牙语
language-de = 德语
language-pt = 葡萄牙语
language-sw = 斯瓦希里语
language-it = 意大利语
language-nl = 荷兰语
language-pl = 波兰语
language-tr = 土耳其语
language-uk = 乌克兰语
language-el = 希腊语
language-sv = 瑞典语
language-ja = 日语
language-ko = 韩语
language-hi = 印地语
language-fa = 波斯语

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = 软件
type-assessment = 测评
type-audio = 音频
type-case-study = 案例研究
type-course = 课程
type-data = 数据
type-diagram = 图表
type-exercise = 练习
type-game = 游戏
type-experiment = 实验
type-image = 图像
type-reference-work = 参考资料
type-lesson-plan = 教案
type-map = 地图
type-web-portal = 门户网站
type-questionnaire = 问卷
type-script = 讲义
type-sheet-music = 乐谱
type-simulation = 模拟
type-presentation = 演示文稿
type-text = 文本
type-textbook = 教科书
type-video = 视频
type-web-page = 网页
type-worksheet = 练习单
type-article = 文章
type-book = 书籍
type-book-chapter = 书籍章节
type-thesis = 学位论文
type-report = 报告
type-conference-paper = 会议论文
type-preprint = 预印本
type-working-paper = 工作论文
type-lecture = 讲座
type-interactive-resource = 交互式资源
type-collection = 合集
type-event = 活动

## Educational levels (LOM's context vocabulary and common stages)

level-school = 中小学
level-higher-education = 高等教育
level-training = 职业培训
level-other = 其他
level-early-childhood-education = 学前教育
level-primary = 小学阶段
level-primary-school = 小学
level-secondary = 中学阶段
level-secondary-school = 中学
level-lower-secondary = 初中
level-upper-secondary = 高中
level-vocational-education = 职业教育
level-adult-education = 成人教育

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = 字幕
a11y-transcript = 文字稿
a11y-alternative-text = 图片替代文本
a11y-audio-description = 口述影像
a11y-sign-language = 手语
a11y-structural-navigation = 可按标题导航
a11y-accessible-math = 无障碍数学内容
a11y-no-flashing-hazard = 无闪光风险
a11y-no-motion-hazard = 无运动模拟风险
a11y-no-sound-hazard = 无声音风险
a11y-mode-auditory = 听觉
a11y-mode-visual = 视觉
a11y-mode-textual = 阅读文字
a11y-mode-tactile = 触觉
