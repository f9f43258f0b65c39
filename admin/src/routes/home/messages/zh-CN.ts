/** The home area's messages (zh-CN, the source): the page of roles with nothing to act on yet. */
export const zhCN = {
  'nav.home': '首页',

  'home.welcome': '欢迎，{name}',
  'home.roles': '角色',
  'home.region': '所属区域',
  'home.noRegion': '不属于任何区域',
  'home.nothingYet': '您的角色目前在管理后台只能查看本人的账号信息，还没有可以办理的业务。',
  'home.member': '党员本人的档案、到社区报到等功能将随“党员管理”一同上线。',
  'home.comingSoon': '相关功能上线后，会出现在左侧菜单中。',
  'home.goUnits': '前往成员单位',
  'home.goMyUnit': '前往我的单位',
};
