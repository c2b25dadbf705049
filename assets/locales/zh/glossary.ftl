### 网络术语。来源：
### - 六个区域的名称：世卫组织中文网页（who.int/zh）页脚“世卫组织区域办事处”，
###   见于他人的副本，未在 who.int 上直接核对。
### - 框架名称、五项战略、实践水平、能力领域和受众：Stoa 的译文，
###   尚未与世卫组织文本（A69/39）核对。

-framework = 以人为本的综合卫生服务框架
-stoa = Stoa
-strategy-engaging-people = 增强人民和社区的权能并促进其参与
-strategy-governance = 加强治理和问责
-strategy-model-of-care = 调整服务模式
-strategy-coordinating-services = 协调部门内部和跨部门的服务
-strategy-enabling-environment = 创造有利环境
-strategy-short-engaging-people = 促进参与
-strategy-short-governance = 治理
-strategy-short-model-of-care = 服务模式
-strategy-short-coordinating-services = 协调服务
-strategy-short-enabling-environment = 有利环境
-region-african = 非洲区域
-region-americas = 美洲区域
-region-south-east-asia = 东南亚区域
-region-european = 欧洲区域
-region-eastern-mediterranean = 东地中海区域
-region-western-pacific = 西太平洋区域
-region-global = 全球
-region-short-african = 非洲
-region-short-americas = 美洲
-region-short-south-east-asia = 东南亚
-region-short-european = 欧洲
-region-short-eastern-mediterranean = 东地中海
-region-short-western-pacific = 西太平洋
-region-short-global = 全球
-level-emerging = 新兴
-level-promising = 有前景
-level-leading = 领先
-level-brilliant-failure = 有价值的失败
-level-not-assessed = 尚未评估
-competency-communication = 沟通
-competency-relationships = 关系
-competency-people-centred-care = 以人为本的照护
-competency-continuous-learning = 持续学习
-audience-people-using-services = 服务使用者
-audience-staff = 工作人员
-audience-employers = 雇主
-audience-educators = 教育工作者
-audience-commissioners = 服务购买方

## The terms as the code asks for them: a term cannot be looked up itself, and
## a message cannot share a term's name.
term-framework = { -framework }
term-strategy-engaging-people = { -strategy-engaging-people }
term-strategy-governance = { -strategy-governance }
term-strategy-model-of-care = { -strategy-model-of-care }
term-strategy-coordinating-services = { -strategy-coordinating-services }
term-strategy-enabling-environment = { -strategy-enabling-environment }
term-strategy-short-engaging-people = { -strategy-short-engaging-people }
term-strategy-short-governance = { -strategy-short-governance }
term-strategy-short-model-of-care = { -strategy-short-model-of-care }
term-strategy-short-coordinating-services = { -strategy-short-coordinating-services }
term-strategy-short-enabling-environment = { -strategy-short-enabling-environment }
term-region-african = { -region-african }
term-region-americas = { -region-americas }
term-region-south-east-asia = { -region-south-east-asia }
term-region-european = { -region-european }
term-region-eastern-mediterranean = { -region-eastern-mediterranean }
term-region-western-pacific = { -region-western-pacific }
term-region-global = { -region-global }
term-region-short-african = { -region-short-african }
term-region-short-americas = { -region-short-americas }
term-region-short-south-east-asia = { -region-short-south-east-asia }
term-region-short-european = { -region-short-european }
term-region-short-eastern-mediterranean = { -region-short-eastern-mediterranean }
term-region-short-western-pacific = { -region-short-western-pacific }
term-region-short-global = { -region-short-global }
term-level-emerging = { -level-emerging }
term-level-promising = { -level-promising }
term-level-leading = { -level-leading }
term-level-brilliant-failure = { -level-brilliant-failure }
term-level-not-assessed = { -level-not-assessed }
term-competency-communication = { -competency-communication }
term-competency-relationships = { -competency-relationships }
term-competency-people-centred-care = { -competency-people-centred-care }
term-competency-continuous-learning = { -competency-continuous-learning }
term-audience-people-using-services = { -audience-people-using-services }
term-audience-staff = { -audience-staff }
term-audience-employers = { -audience-employers }
term-audience-educators = { -audience-educators }
term-audience-commissioners = { -audience-commissioners }
multiple-streams = 多个方向
multiple-streams-of = 多个方向：{ $names }
