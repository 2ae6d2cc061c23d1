"""Traditional Chinese characters read as their simplified forms, so that terms written
simplified meet Taiwan's and Hong Kong's pages."""

from __future__ import annotations

# traditional Chinese characters of the words that tell of attacks, read as the simplified
# ones (Taiwan and Hong Kong papers: "美軍基地遭飛彈襲擊" reads "美军基地遭飞弹袭击"); Japanese
# kanji that share a form are read alike in its terms and its text
_TRADITIONAL = (
    "亂亞佈來係個們倫偵備傳傷億兩動務勢區協參員喪嚴國圍團報場壓壘壞宮實寧審將對導層師"
    "幾庫張彈後從復態憲應戰揮損擁擊擋據擾攔敘敵數斃斷時會東條樓機權歐歲殺毀決測準灣為"
    "烏無營爾獲療發監盪眾砲確稱範約紅納紐級組統維網緊線緣總織罰義聖聞聯聲腦臺與艦華萊"
    "萬葉薩藥蘭處號術衛衝裝複襲視觸訊記設認說調談謀證議護貝車軍輕輛輪輸這連週運達邊醫"
    "長門間關陣隊際險離難電韓預領頭飛餘館駐駕駛體鬥魯點黨還綠負責響執敍顆陸鄰於內當該"
    "過並開進沒標馬則規帶圖現續見隨綜轟強羅經蘇親屬針雙紮編舉禦顯資問計畫極爭評載啟脅"
    "暫讓樣廈繼種終結類況撐轉燒劃奧頻蓋鎮剛屢氣須謝較遠變論鍵單奪佔聽職廣顧話題輯環細"
    "絕攝順裡掛雖頁劇煙節選瑪財邁陳譯礎愛階貼鐘廠樞誤僅繃簡麥許項濃慘給風牽訓頓讀閱諾"
    "貢紀紹溫鎖價擔鐵凱絡濟蹤築擴膽買盜墜莊採槍識語別帳倉堅卻煉討練錄驟歸減鷹揚熱郵業"
    "麼觀請臨滅書爲構軟纏"
)
_SIMPLIFIED = (
    "乱亚布来系个们伦侦备传伤亿两动务势区协参员丧严国围团报场压垒坏宫实宁审将对导层师"
    "几库张弹后从复态宪应战挥损拥击挡据扰拦叙敌数毙断时会东条楼机权欧岁杀毁决测准湾为"
    "乌无营尔获疗发监荡众炮确称范约红纳纽级组统维网紧线缘总织罚义圣闻联声脑台与舰华莱"
    "万叶萨药兰处号术卫冲装复袭视触讯记设认说调谈谋证议护贝车军轻辆轮输这连周运达边医"
    "长门间关阵队际险离难电韩预领头飞余馆驻驾驶体斗鲁点党还绿负责响执叙颗陆邻于内当该"
    "过并开进没标马则规带图现续见随综轰强罗经苏亲属针双扎编举御显资问计画极争评载启胁"
    "暂让样厦继种终结类况撑转烧划奥频盖镇刚屡气须谢较远变论键单夺占听职广顾话题辑环细"
    "绝摄顺里挂虽页剧烟节选玛财迈陈译础爱阶贴钟厂枢误仅绷简麦许项浓惨给风牵训顿读阅诺"
    "贡纪绍温锁价担铁凯络济踪筑扩胆买盗坠庄采枪识语别帐仓坚却炼讨练录骤归减鹰扬热邮业"
    "么观请临灭书为构软缠"
)
HANZI = dict(zip(map(ord, _TRADITIONAL), _SIMPLIFIED, strict=True))
