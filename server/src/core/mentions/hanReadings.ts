/**
 * Mandarin readings of the Han characters that Chinese renderings of Lao and Vietnamese
 * leaders' names are written with (阮 ruan, 明 ming, 通 tong, 苏 su …), so that a machine
 * translation of the rendering back into pinyin ("Ruan Jinyong" for 阮晋勇, Nguyen Tan Dung)
 * can be recognized from the knowledge base's `zh-Hans` names. Each character has the one
 * reading it takes in a personal name. A test checks that every character of every
 * knowledge-base person's `zh-Hans` name is here.
 */
const READINGS = `
a:阿 an:安 ba:巴 bai:白 ban:班 bao:宝 bei:北 ben:本奔 bin:斌宾 bo:波 cai:蔡 chang:长昌 chao:潮超 chen:陈晨 cheng:成城程诚 chi:篪 chuang:创 chun:春
cong:聪 cui:崔 da:大达 dai:戴 dan:丹 de:德 deng:邓 di:迪 ding:丁定 dong:董东冬 du:都杜渡 dun:敦 e:娥 er:尔 fan:范凡 fang:方芳 feng:丰冯峰凤 fu:富福傅
gan:甘干 gang:刚 gao:高 ge:阁 gong:贡功 guang:光广 gui:贵 guo:国郭 hai:海 han:汉韩 hao:豪 he:何鹤和河 hong:洪红宏鸿虹 hou:侯 hu:胡沪湖 hua:华花 huai:怀
huang:黄皇 hui:惠辉慧 ji:吉际纪 jia:家嘉 jian:建剑健 jiang:江姜蒋 jie:洁杰 jin:晋金锦近进 jing:京静 jun:军俊 kan:坎 kang:康 ke:克 ku:库 kun:坤琨 la:拉
lai:赖莱 lan:兰 lang:朗 le:乐 lei:磊雷 li:里黎李栗丽立利力历 lian:连莲 liang:梁良亮 lin:林 ling:玲灵 liu:刘柳 long:龙 lu:陆卢鲁吕 lun:伦 luo:罗 ma:马玛
mai:麦 man:曼 mao:毛 mei:梅美 meng:孟蒙 mi:米 min:民敏 ming:明 mo:莫 na:那娜 nan:南 ni:妮尼 ning:宁 nong:农 ou:欧 pa:帕 pai:派 pan:潘 pei:裴佩
peng:蓬彭鹏 ping:平萍 qi:奇岐祁其 qian:钱 qiang:强 qin:秦覃琴 qing:青清庆 qiu:秋邱 quan:全 ren:仁任 rong:荣 ruan:阮 rui:瑞 sai:赛 san:三 sang:桑
sha:沙莎 shan:山善 shang:赏尚 she:舍 shen:沈申 sheng:盛生声胜 shi:氏石世史诗 shou:寿 shu:书舒 shui:水 si:思斯 song:宋颂松 su:苏素 sun:孙 tai:泰 tan:谭坦
tang:唐堂 tao:陶涛 teng:腾 tian:田天 ting:廷婷 tong:通童 tun:吞 wan:万婉 wang:王汪 wei:维威炜韦伟卫魏 wen:文温 wo:沃 wu:武吴 xi:西习希喜 xia:夏侠 xian:贤显仙
xiang:祥香相 xiao:小萧孝晓 xin:辛新欣 xing:兴星 xiong:雄熊 xiu:秀修 xu:徐许 xuan:宣玄 xue:薛雪 ya:雅亚 yan:严颜燕 yang:扬洋阳杨 yao:耀姚 ye:叶 yi:毅义
yin:银尹 ying:映莹英颖 yong:勇永 you:友有又 yu:玉俞于余宇 yuan:源元园远袁 yue:月 yun:云 zai:再 ze:泽 zhan:战 zhang:张章 zhao:赵兆 zhen:振 zheng:政正郑
zhi:志智 zhong:仲忠中钟 zhou:周 zhu:朱竹 zhuang:庄 zi:子 zou:邹`;

const readingOf = new Map<string, string>();
for (const entry of READINGS.trim().split(/\s+/)) {
  const [reading, characters] = entry.split(':') as [string, string];
  for (const character of characters) readingOf.set(character, reading);
}

/** The reading of one Han character in a name, if known. */
export function hanReading(character: string): string | undefined {
  return readingOf.get(character);
}

/**
 * The pinyin of a Chinese rendering, one word per part around the middle dot: 范明政 →
 * ["fanmingzheng"], 通伦·西苏里 → ["tonglun", "xisuli"]. Undefined if a character has no
 * known reading.
 */
export function pinyinOfHan(name: string): string[] | undefined {
  const words: string[] = [];
  for (const part of name.split(/[·・‧•]/)) {
    let word = '';
    for (const character of part) {
      const reading = readingOf.get(character);
      if (!reading) return undefined;
      word += reading;
    }
    if (word) words.push(word);
  }
  return words.length > 0 ? words : undefined;
}
