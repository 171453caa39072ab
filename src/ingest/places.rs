//! A gazetteer of Chinese administrative divisions, for reading where a plan
//! applies.
//!
//! The data is the national list of administrative divisions (民政部
//! 《中华人民共和国行政区划简册》/ the statistical division codes) as of 2023,
//! written down from knowledge: all 34 provincial-level divisions, all 333
//! prefecture-level divisions (293 cities, 7 地区, 30 自治州, 3 盟) with their
//! province, the county-level units directly under a province (济源市, 仙桃市,
//! the counties of Hainan, the cities of the Xinjiang Production and
//! Construction Corps), and the districts and counties of the cities whose
//! plans are bundled (郑州市, 齐齐哈尔市), of 济南市 and of the four
//! municipalities.
//!
//! It is a lookup, not a guess: a name maps to a place only when the list
//! holds exactly one place of that name. A district name that several cities
//! share (普陀区 is in 上海市 and in 舟山市) has no city here, so the city must
//! come from the text.
//!
//! Besides full names (`郑州市`) the gazetteer knows bare forms (`郑州`,
//! `闵行`) and nicknames (`鹤城` → `齐齐哈尔市`). In running text a bare form
//! or nickname is matched only when it is at least two characters long, is not
//! an ordinary word (`金山`, `大庆`, `朝阳`), and is not the head of another
//! name (`江城区`, `泉城路`, `商都县`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::meta::{Jurisdiction, Level};
use crate::text::{char_len, BmpSet};

/// Provincial-level divisions: full name and bare form.
const PROVINCES: &[(&str, &str)] = &[
    ("北京市", "北京"),
    ("天津市", "天津"),
    ("上海市", "上海"),
    ("重庆市", "重庆"),
    ("河北省", "河北"),
    ("山西省", "山西"),
    ("辽宁省", "辽宁"),
    ("吉林省", "吉林"),
    ("黑龙江省", "黑龙江"),
    ("江苏省", "江苏"),
    ("浙江省", "浙江"),
    ("安徽省", "安徽"),
    ("福建省", "福建"),
    ("江西省", "江西"),
    ("山东省", "山东"),
    ("河南省", "河南"),
    ("湖北省", "湖北"),
    ("湖南省", "湖南"),
    ("广东省", "广东"),
    ("海南省", "海南"),
    ("四川省", "四川"),
    ("贵州省", "贵州"),
    ("云南省", "云南"),
    ("陕西省", "陕西"),
    ("甘肃省", "甘肃"),
    ("青海省", "青海"),
    ("台湾省", "台湾"),
    ("内蒙古自治区", "内蒙古"),
    ("广西壮族自治区", "广西"),
    ("西藏自治区", "西藏"),
    ("宁夏回族自治区", "宁夏"),
    ("新疆维吾尔自治区", "新疆"),
    ("香港特别行政区", "香港"),
    ("澳门特别行政区", "澳门"),
];

/// The municipalities directly under the centre: province-level cities.
const MUNICIPALITIES: &[&str] = &["北京市", "天津市", "上海市", "重庆市"];

/// Prefecture-level divisions (地级市, 地区, 自治州, 盟) and their province.
const PREFECTURES: &[(&str, &str)] = &[
    // 河北省 (11)
    ("石家庄市", "河北省"),
    ("唐山市", "河北省"),
    ("秦皇岛市", "河北省"),
    ("邯郸市", "河北省"),
    ("邢台市", "河北省"),
    ("保定市", "河北省"),
    ("张家口市", "河北省"),
    ("承德市", "河北省"),
    ("沧州市", "河北省"),
    ("廊坊市", "河北省"),
    ("衡水市", "河北省"),
    // 山西省 (11)
    ("太原市", "山西省"),
    ("大同市", "山西省"),
    ("阳泉市", "山西省"),
    ("长治市", "山西省"),
    ("晋城市", "山西省"),
    ("朔州市", "山西省"),
    ("晋中市", "山西省"),
    ("运城市", "山西省"),
    ("忻州市", "山西省"),
    ("临汾市", "山西省"),
    ("吕梁市", "山西省"),
    // 内蒙古自治区 (12)
    ("呼和浩特市", "内蒙古自治区"),
    ("包头市", "内蒙古自治区"),
    ("乌海市", "内蒙古自治区"),
    ("赤峰市", "内蒙古自治区"),
    ("通辽市", "内蒙古自治区"),
    ("鄂尔多斯市", "内蒙古自治区"),
    ("呼伦贝尔市", "内蒙古自治区"),
    ("巴彦淖尔市", "内蒙古自治区"),
    ("乌兰察布市", "内蒙古自治区"),
    ("兴安盟", "内蒙古自治区"),
    ("锡林郭勒盟", "内蒙古自治区"),
    ("阿拉善盟", "内蒙古自治区"),
    // 辽宁省 (14)
    ("沈阳市", "辽宁省"),
    ("大连市", "辽宁省"),
    ("鞍山市", "辽宁省"),
    ("抚顺市", "辽宁省"),
    ("本溪市", "辽宁省"),
    ("丹东市", "辽宁省"),
    ("锦州市", "辽宁省"),
    ("营口市", "辽宁省"),
    ("阜新市", "辽宁省"),
    ("辽阳市", "辽宁省"),
    ("盘锦市", "辽宁省"),
    ("铁岭市", "辽宁省"),
    ("朝阳市", "辽宁省"),
    ("葫芦岛市", "辽宁省"),
    // 吉林省 (9)
    ("长春市", "吉林省"),
    ("吉林市", "吉林省"),
    ("四平市", "吉林省"),
    ("辽源市", "吉林省"),
    ("通化市", "吉林省"),
    ("白山市", "吉林省"),
    ("松原市", "吉林省"),
    ("白城市", "吉林省"),
    ("延边朝鲜族自治州", "吉林省"),
    // 黑龙江省 (13)
    ("哈尔滨市", "黑龙江省"),
    ("齐齐哈尔市", "黑龙江省"),
    ("鸡西市", "黑龙江省"),
    ("鹤岗市", "黑龙江省"),
    ("双鸭山市", "黑龙江省"),
    ("大庆市", "黑龙江省"),
    ("伊春市", "黑龙江省"),
    ("佳木斯市", "黑龙江省"),
    ("七台河市", "黑龙江省"),
    ("牡丹江市", "黑龙江省"),
    ("黑河市", "黑龙江省"),
    ("绥化市", "黑龙江省"),
    ("大兴安岭地区", "黑龙江省"),
    // 江苏省 (13)
    ("南京市", "江苏省"),
    ("无锡市", "江苏省"),
    ("徐州市", "江苏省"),
    ("常州市", "江苏省"),
    ("苏州市", "江苏省"),
    ("南通市", "江苏省"),
    ("连云港市", "江苏省"),
    ("淮安市", "江苏省"),
    ("盐城市", "江苏省"),
    ("扬州市", "江苏省"),
    ("镇江市", "江苏省"),
    ("泰州市", "江苏省"),
    ("宿迁市", "江苏省"),
    // 浙江省 (11)
    ("杭州市", "浙江省"),
    ("宁波市", "浙江省"),
    ("温州市", "浙江省"),
    ("嘉兴市", "浙江省"),
    ("湖州市", "浙江省"),
    ("绍兴市", "浙江省"),
    ("金华市", "浙江省"),
    ("衢州市", "浙江省"),
    ("舟山市", "浙江省"),
    ("台州市", "浙江省"),
    ("丽水市", "浙江省"),
    // 安徽省 (16)
    ("合肥市", "安徽省"),
    ("芜湖市", "安徽省"),
    ("蚌埠市", "安徽省"),
    ("淮南市", "安徽省"),
    ("马鞍山市", "安徽省"),
    ("淮北市", "安徽省"),
    ("铜陵市", "安徽省"),
    ("安庆市", "安徽省"),
    ("黄山市", "安徽省"),
    ("滁州市", "安徽省"),
    ("阜阳市", "安徽省"),
    ("宿州市", "安徽省"),
    ("六安市", "安徽省"),
    ("亳州市", "安徽省"),
    ("池州市", "安徽省"),
    ("宣城市", "安徽省"),
    // 福建省 (9)
    ("福州市", "福建省"),
    ("厦门市", "福建省"),
    ("莆田市", "福建省"),
    ("三明市", "福建省"),
    ("泉州市", "福建省"),
    ("漳州市", "福建省"),
    ("南平市", "福建省"),
    ("龙岩市", "福建省"),
    ("宁德市", "福建省"),
    // 江西省 (11)
    ("南昌市", "江西省"),
    ("景德镇市", "江西省"),
    ("萍乡市", "江西省"),
    ("九江市", "江西省"),
    ("新余市", "江西省"),
    ("鹰潭市", "江西省"),
    ("赣州市", "江西省"),
    ("吉安市", "江西省"),
    ("宜春市", "江西省"),
    ("抚州市", "江西省"),
    ("上饶市", "江西省"),
    // 山东省 (16)
    ("济南市", "山东省"),
    ("青岛市", "山东省"),
    ("淄博市", "山东省"),
    ("枣庄市", "山东省"),
    ("东营市", "山东省"),
    ("烟台市", "山东省"),
    ("潍坊市", "山东省"),
    ("济宁市", "山东省"),
    ("泰安市", "山东省"),
    ("威海市", "山东省"),
    ("日照市", "山东省"),
    ("临沂市", "山东省"),
    ("德州市", "山东省"),
    ("聊城市", "山东省"),
    ("滨州市", "山东省"),
    ("菏泽市", "山东省"),
    // 河南省 (17)
    ("郑州市", "河南省"),
    ("开封市", "河南省"),
    ("洛阳市", "河南省"),
    ("平顶山市", "河南省"),
    ("安阳市", "河南省"),
    ("鹤壁市", "河南省"),
    ("新乡市", "河南省"),
    ("焦作市", "河南省"),
    ("濮阳市", "河南省"),
    ("许昌市", "河南省"),
    ("漯河市", "河南省"),
    ("三门峡市", "河南省"),
    ("南阳市", "河南省"),
    ("商丘市", "河南省"),
    ("信阳市", "河南省"),
    ("周口市", "河南省"),
    ("驻马店市", "河南省"),
    // 湖北省 (13)
    ("武汉市", "湖北省"),
    ("黄石市", "湖北省"),
    ("十堰市", "湖北省"),
    ("宜昌市", "湖北省"),
    ("襄阳市", "湖北省"),
    ("鄂州市", "湖北省"),
    ("荆门市", "湖北省"),
    ("孝感市", "湖北省"),
    ("荆州市", "湖北省"),
    ("黄冈市", "湖北省"),
    ("咸宁市", "湖北省"),
    ("随州市", "湖北省"),
    ("恩施土家族苗族自治州", "湖北省"),
    // 湖南省 (14)
    ("长沙市", "湖南省"),
    ("株洲市", "湖南省"),
    ("湘潭市", "湖南省"),
    ("衡阳市", "湖南省"),
    ("邵阳市", "湖南省"),
    ("岳阳市", "湖南省"),
    ("常德市", "湖南省"),
    ("张家界市", "湖南省"),
    ("益阳市", "湖南省"),
    ("郴州市", "湖南省"),
    ("永州市", "湖南省"),
    ("怀化市", "湖南省"),
    ("娄底市", "湖南省"),
    ("湘西土家族苗族自治州", "湖南省"),
    // 广东省 (21)
    ("广州市", "广东省"),
    ("韶关市", "广东省"),
    ("深圳市", "广东省"),
    ("珠海市", "广东省"),
    ("汕头市", "广东省"),
    ("佛山市", "广东省"),
    ("江门市", "广东省"),
    ("湛江市", "广东省"),
    ("茂名市", "广东省"),
    ("肇庆市", "广东省"),
    ("惠州市", "广东省"),
    ("梅州市", "广东省"),
    ("汕尾市", "广东省"),
    ("河源市", "广东省"),
    ("阳江市", "广东省"),
    ("清远市", "广东省"),
    ("东莞市", "广东省"),
    ("中山市", "广东省"),
    ("潮州市", "广东省"),
    ("揭阳市", "广东省"),
    ("云浮市", "广东省"),
    // 广西壮族自治区 (14)
    ("南宁市", "广西壮族自治区"),
    ("柳州市", "广西壮族自治区"),
    ("桂林市", "广西壮族自治区"),
    ("梧州市", "广西壮族自治区"),
    ("北海市", "广西壮族自治区"),
    ("防城港市", "广西壮族自治区"),
    ("钦州市", "广西壮族自治区"),
    ("贵港市", "广西壮族自治区"),
    ("玉林市", "广西壮族自治区"),
    ("百色市", "广西壮族自治区"),
    ("贺州市", "广西壮族自治区"),
    ("河池市", "广西壮族自治区"),
    ("来宾市", "广西壮族自治区"),
    ("崇左市", "广西壮族自治区"),
    // 海南省 (4)
    ("海口市", "海南省"),
    ("三亚市", "海南省"),
    ("三沙市", "海南省"),
    ("儋州市", "海南省"),
    // 四川省 (21)
    ("成都市", "四川省"),
    ("自贡市", "四川省"),
    ("攀枝花市", "四川省"),
    ("泸州市", "四川省"),
    ("德阳市", "四川省"),
    ("绵阳市", "四川省"),
    ("广元市", "四川省"),
    ("遂宁市", "四川省"),
    ("内江市", "四川省"),
    ("乐山市", "四川省"),
    ("南充市", "四川省"),
    ("眉山市", "四川省"),
    ("宜宾市", "四川省"),
    ("广安市", "四川省"),
    ("达州市", "四川省"),
    ("雅安市", "四川省"),
    ("巴中市", "四川省"),
    ("资阳市", "四川省"),
    ("阿坝藏族羌族自治州", "四川省"),
    ("甘孜藏族自治州", "四川省"),
    ("凉山彝族自治州", "四川省"),
    // 贵州省 (9)
    ("贵阳市", "贵州省"),
    ("六盘水市", "贵州省"),
    ("遵义市", "贵州省"),
    ("安顺市", "贵州省"),
    ("毕节市", "贵州省"),
    ("铜仁市", "贵州省"),
    ("黔西南布依族苗族自治州", "贵州省"),
    ("黔东南苗族侗族自治州", "贵州省"),
    ("黔南布依族苗族自治州", "贵州省"),
    // 云南省 (16)
    ("昆明市", "云南省"),
    ("曲靖市", "云南省"),
    ("玉溪市", "云南省"),
    ("保山市", "云南省"),
    ("昭通市", "云南省"),
    ("丽江市", "云南省"),
    ("普洱市", "云南省"),
    ("临沧市", "云南省"),
    ("楚雄彝族自治州", "云南省"),
    ("红河哈尼族彝族自治州", "云南省"),
    ("文山壮族苗族自治州", "云南省"),
    ("西双版纳傣族自治州", "云南省"),
    ("大理白族自治州", "云南省"),
    ("德宏傣族景颇族自治州", "云南省"),
    ("怒江傈僳族自治州", "云南省"),
    ("迪庆藏族自治州", "云南省"),
    // 西藏自治区 (7)
    ("拉萨市", "西藏自治区"),
    ("日喀则市", "西藏自治区"),
    ("昌都市", "西藏自治区"),
    ("林芝市", "西藏自治区"),
    ("山南市", "西藏自治区"),
    ("那曲市", "西藏自治区"),
    ("阿里地区", "西藏自治区"),
    // 陕西省 (10)
    ("西安市", "陕西省"),
    ("铜川市", "陕西省"),
    ("宝鸡市", "陕西省"),
    ("咸阳市", "陕西省"),
    ("渭南市", "陕西省"),
    ("延安市", "陕西省"),
    ("汉中市", "陕西省"),
    ("榆林市", "陕西省"),
    ("安康市", "陕西省"),
    ("商洛市", "陕西省"),
    // 甘肃省 (14)
    ("兰州市", "甘肃省"),
    ("嘉峪关市", "甘肃省"),
    ("金昌市", "甘肃省"),
    ("白银市", "甘肃省"),
    ("天水市", "甘肃省"),
    ("武威市", "甘肃省"),
    ("张掖市", "甘肃省"),
    ("平凉市", "甘肃省"),
    ("酒泉市", "甘肃省"),
    ("庆阳市", "甘肃省"),
    ("定西市", "甘肃省"),
    ("陇南市", "甘肃省"),
    ("临夏回族自治州", "甘肃省"),
    ("甘南藏族自治州", "甘肃省"),
    // 青海省 (8)
    ("西宁市", "青海省"),
    ("海东市", "青海省"),
    ("海北藏族自治州", "青海省"),
    ("黄南藏族自治州", "青海省"),
    ("海南藏族自治州", "青海省"),
    ("果洛藏族自治州", "青海省"),
    ("玉树藏族自治州", "青海省"),
    ("海西蒙古族藏族自治州", "青海省"),
    // 宁夏回族自治区 (5)
    ("银川市", "宁夏回族自治区"),
    ("石嘴山市", "宁夏回族自治区"),
    ("吴忠市", "宁夏回族自治区"),
    ("固原市", "宁夏回族自治区"),
    ("中卫市", "宁夏回族自治区"),
    // 新疆维吾尔自治区 (14)
    ("乌鲁木齐市", "新疆维吾尔自治区"),
    ("克拉玛依市", "新疆维吾尔自治区"),
    ("吐鲁番市", "新疆维吾尔自治区"),
    ("哈密市", "新疆维吾尔自治区"),
    ("昌吉回族自治州", "新疆维吾尔自治区"),
    ("博尔塔拉蒙古自治州", "新疆维吾尔自治区"),
    ("巴音郭楞蒙古自治州", "新疆维吾尔自治区"),
    ("阿克苏地区", "新疆维吾尔自治区"),
    ("克孜勒苏柯尔克孜自治州", "新疆维吾尔自治区"),
    ("喀什地区", "新疆维吾尔自治区"),
    ("和田地区", "新疆维吾尔自治区"),
    ("伊犁哈萨克自治州", "新疆维吾尔自治区"),
    ("塔城地区", "新疆维吾尔自治区"),
    ("阿勒泰地区", "新疆维吾尔自治区"),
];

/// County-level units directly under a province, with no prefecture above
/// them: county-level cities (`市`), counties (`县`) and 神农架林区.
const DIRECT_COUNTY_LEVEL: &[(&str, &str)] = &[
    ("济源市", "河南省"),
    ("仙桃市", "湖北省"),
    ("潜江市", "湖北省"),
    ("天门市", "湖北省"),
    ("神农架林区", "湖北省"),
    ("五指山市", "海南省"),
    ("琼海市", "海南省"),
    ("文昌市", "海南省"),
    ("万宁市", "海南省"),
    ("东方市", "海南省"),
    ("定安县", "海南省"),
    ("屯昌县", "海南省"),
    ("澄迈县", "海南省"),
    ("临高县", "海南省"),
    ("白沙黎族自治县", "海南省"),
    ("昌江黎族自治县", "海南省"),
    ("乐东黎族自治县", "海南省"),
    ("陵水黎族自治县", "海南省"),
    ("保亭黎族苗族自治县", "海南省"),
    ("琼中黎族苗族自治县", "海南省"),
    // Cities of the Xinjiang Production and Construction Corps.
    ("石河子市", "新疆维吾尔自治区"),
    ("阿拉尔市", "新疆维吾尔自治区"),
    ("图木舒克市", "新疆维吾尔自治区"),
    ("五家渠市", "新疆维吾尔自治区"),
    ("北屯市", "新疆维吾尔自治区"),
    ("铁门关市", "新疆维吾尔自治区"),
    ("双河市", "新疆维吾尔自治区"),
    ("可克达拉市", "新疆维吾尔自治区"),
    ("昆玉市", "新疆维吾尔自治区"),
    ("胡杨河市", "新疆维吾尔自治区"),
    ("新星市", "新疆维吾尔自治区"),
    ("白杨市", "新疆维吾尔自治区"),
];

/// Districts, counties and county-level cities inside a city, and the city,
/// as they are now: with [`COUNTIES`], the national list of 2016, they make
/// the county-level gazetteer ([`counties`]).
///
/// Complete for 郑州市, 齐齐哈尔市, 济南市 and the four municipalities, with their
/// functional zones and the names changed since 2016. A name listed with two
/// cities, here or in [`COUNTIES`], is ambiguous, and resolves to no city.
const DISTRICTS: &[(&str, &str)] = &[
    // 郑州市: districts, functional zones, counties and county-level cities.
    ("中原区", "郑州市"),
    ("二七区", "郑州市"),
    ("管城回族区", "郑州市"),
    ("金水区", "郑州市"),
    ("上街区", "郑州市"),
    ("惠济区", "郑州市"),
    ("郑东新区", "郑州市"),
    ("郑州高新区", "郑州市"),
    ("郑州经开区", "郑州市"),
    ("郑州航空港区", "郑州市"),
    ("中牟县", "郑州市"),
    ("巩义市", "郑州市"),
    ("荥阳市", "郑州市"),
    ("新密市", "郑州市"),
    ("新郑市", "郑州市"),
    ("登封市", "郑州市"),
    // 齐齐哈尔市
    ("龙沙区", "齐齐哈尔市"),
    ("建华区", "齐齐哈尔市"),
    ("铁锋区", "齐齐哈尔市"),
    ("昂昂溪区", "齐齐哈尔市"),
    ("富拉尔基区", "齐齐哈尔市"),
    ("碾子山区", "齐齐哈尔市"),
    ("梅里斯达斡尔族区", "齐齐哈尔市"),
    ("讷河市", "齐齐哈尔市"),
    ("龙江县", "齐齐哈尔市"),
    ("依安县", "齐齐哈尔市"),
    ("泰来县", "齐齐哈尔市"),
    ("甘南县", "齐齐哈尔市"),
    ("富裕县", "齐齐哈尔市"),
    ("克山县", "齐齐哈尔市"),
    ("克东县", "齐齐哈尔市"),
    ("拜泉县", "齐齐哈尔市"),
    // 济南市
    ("历下区", "济南市"),
    ("市中区", "济南市"),
    ("槐荫区", "济南市"),
    ("天桥区", "济南市"),
    ("历城区", "济南市"),
    ("长清区", "济南市"),
    ("章丘区", "济南市"),
    ("济阳区", "济南市"),
    ("莱芜区", "济南市"),
    ("钢城区", "济南市"),
    ("平阴县", "济南市"),
    ("商河县", "济南市"),
    // 上海市 (16)
    ("黄浦区", "上海市"),
    ("徐汇区", "上海市"),
    ("长宁区", "上海市"),
    ("静安区", "上海市"),
    ("普陀区", "上海市"),
    ("虹口区", "上海市"),
    ("杨浦区", "上海市"),
    ("闵行区", "上海市"),
    ("宝山区", "上海市"),
    ("嘉定区", "上海市"),
    ("浦东新区", "上海市"),
    ("金山区", "上海市"),
    ("松江区", "上海市"),
    ("青浦区", "上海市"),
    ("奉贤区", "上海市"),
    ("崇明区", "上海市"),
    // 北京市 (16)
    ("东城区", "北京市"),
    ("西城区", "北京市"),
    ("朝阳区", "北京市"),
    ("丰台区", "北京市"),
    ("石景山区", "北京市"),
    ("海淀区", "北京市"),
    ("门头沟区", "北京市"),
    ("房山区", "北京市"),
    ("通州区", "北京市"),
    ("顺义区", "北京市"),
    ("昌平区", "北京市"),
    ("大兴区", "北京市"),
    ("怀柔区", "北京市"),
    ("平谷区", "北京市"),
    ("密云区", "北京市"),
    ("延庆区", "北京市"),
    // 天津市 (16)
    ("和平区", "天津市"),
    ("河东区", "天津市"),
    ("河西区", "天津市"),
    ("南开区", "天津市"),
    ("河北区", "天津市"),
    ("红桥区", "天津市"),
    ("东丽区", "天津市"),
    ("西青区", "天津市"),
    ("津南区", "天津市"),
    ("北辰区", "天津市"),
    ("武清区", "天津市"),
    ("宝坻区", "天津市"),
    ("滨海新区", "天津市"),
    ("宁河区", "天津市"),
    ("静海区", "天津市"),
    ("蓟州区", "天津市"),
    // 重庆市 (26 districts, 12 counties)
    ("万州区", "重庆市"),
    ("涪陵区", "重庆市"),
    ("渝中区", "重庆市"),
    ("大渡口区", "重庆市"),
    ("江北区", "重庆市"),
    ("沙坪坝区", "重庆市"),
    ("九龙坡区", "重庆市"),
    ("南岸区", "重庆市"),
    ("北碚区", "重庆市"),
    ("綦江区", "重庆市"),
    ("大足区", "重庆市"),
    ("渝北区", "重庆市"),
    ("巴南区", "重庆市"),
    ("黔江区", "重庆市"),
    ("长寿区", "重庆市"),
    ("江津区", "重庆市"),
    ("合川区", "重庆市"),
    ("永川区", "重庆市"),
    ("南川区", "重庆市"),
    ("璧山区", "重庆市"),
    ("铜梁区", "重庆市"),
    ("潼南区", "重庆市"),
    ("荣昌区", "重庆市"),
    ("开州区", "重庆市"),
    ("梁平区", "重庆市"),
    ("武隆区", "重庆市"),
    ("城口县", "重庆市"),
    ("丰都县", "重庆市"),
    ("垫江县", "重庆市"),
    ("忠县", "重庆市"),
    ("云阳县", "重庆市"),
    ("奉节县", "重庆市"),
    ("巫山县", "重庆市"),
    ("巫溪县", "重庆市"),
    ("石柱土家族自治县", "重庆市"),
    ("秀山土家族苗族自治县", "重庆市"),
    ("酉阳土家族苗族自治县", "重庆市"),
    ("彭水苗族土家族自治县", "重庆市"),
    // Names above that other cities also have: listed so that the name is
    // known to be ambiguous and resolves to no city.
    ("普陀区", "舟山市"),
    ("宝山区", "双鸭山市"),
    ("朝阳区", "长春市"),
    ("通州区", "南通市"),
    ("和平区", "沈阳市"),
    ("河东区", "临沂市"),
    ("江北区", "宁波市"),
    ("市中区", "枣庄市"),
    ("市中区", "乐山市"),
    ("市中区", "内江市"),
];

/// The national list of county-level divisions: name, city and code, a line
/// each (GB/T 2260, revision 2016-07; the file's header says where from).
const COUNTIES: &str = include_str!("../../data/counties.tsv");

/// The length in characters of the longest county-level name in
/// [`DIRECT_COUNTY_LEVEL`], [`DISTRICTS`] and [`COUNTIES`]
/// (`积石山保安族东乡族撒拉族自治县`): no district heading is longer.
pub(crate) const LONGEST_COUNTY_LEVEL_NAME: usize = 15;

/// Nicknames, short forms and official one-character abbreviations, with the
/// full name they stand for.
///
/// 绿城 is also a name of 南宁市; it is listed for 郑州市, as the plans of
/// Henan use it, and 邕城 is listed for 南宁市.
const ALIASES: &[(&str, &str)] = &[
    // City nicknames.
    ("鹤城", "齐齐哈尔市"),
    ("绿城", "郑州市"),
    ("商都", "郑州市"),
    ("申城", "上海市"),
    ("魔都", "上海市"),
    ("冰城", "哈尔滨市"),
    ("泉城", "济南市"),
    ("榕城", "福州市"),
    ("羊城", "广州市"),
    ("花城", "广州市"),
    ("蓉城", "成都市"),
    ("春城", "昆明市"),
    ("鹏城", "深圳市"),
    ("星城", "长沙市"),
    ("江城", "武汉市"),
    ("金陵", "南京市"),
    ("山城", "重庆市"),
    ("津门", "天津市"),
    ("鹭岛", "厦门市"),
    ("椰城", "海口市"),
    ("邕城", "南宁市"),
    ("青城", "呼和浩特市"),
    ("鹿城", "包头市"),
    ("汴梁", "开封市"),
    ("夏都", "西宁市"),
    ("日光城", "拉萨市"),
    ("瓷都", "景德镇市"),
    ("盐都", "自贡市"),
    ("岛城", "青岛市"),
    ("杭城", "杭州市"),
    ("甬城", "宁波市"),
    ("洪城", "南昌市"),
    ("沈城", "沈阳市"),
    ("庐州", "合肥市"),
    // Short forms in common use.
    ("哈市", "哈尔滨市"),
    ("呼市", "呼和浩特市"),
    ("乌市", "乌鲁木齐市"),
    ("穗", "广州市"),
    ("蓉", "成都市"),
    ("甬", "宁波市"),
    // Short forms of autonomous prefectures (the bare form and `X州`).
    ("延边", "延边朝鲜族自治州"),
    ("延边州", "延边朝鲜族自治州"),
    ("恩施", "恩施土家族苗族自治州"),
    ("恩施州", "恩施土家族苗族自治州"),
    ("湘西州", "湘西土家族苗族自治州"),
    ("阿坝", "阿坝藏族羌族自治州"),
    ("阿坝州", "阿坝藏族羌族自治州"),
    ("甘孜", "甘孜藏族自治州"),
    ("甘孜州", "甘孜藏族自治州"),
    ("凉山", "凉山彝族自治州"),
    ("凉山州", "凉山彝族自治州"),
    ("黔西南州", "黔西南布依族苗族自治州"),
    ("黔东南州", "黔东南苗族侗族自治州"),
    ("黔南州", "黔南布依族苗族自治州"),
    ("楚雄", "楚雄彝族自治州"),
    ("楚雄州", "楚雄彝族自治州"),
    ("红河州", "红河哈尼族彝族自治州"),
    ("文山州", "文山壮族苗族自治州"),
    ("西双版纳", "西双版纳傣族自治州"),
    ("西双版纳州", "西双版纳傣族自治州"),
    ("大理州", "大理白族自治州"),
    ("德宏", "德宏傣族景颇族自治州"),
    ("德宏州", "德宏傣族景颇族自治州"),
    ("怒江州", "怒江傈僳族自治州"),
    ("迪庆", "迪庆藏族自治州"),
    ("迪庆州", "迪庆藏族自治州"),
    ("临夏州", "临夏回族自治州"),
    ("甘南州", "甘南藏族自治州"),
    ("海北州", "海北藏族自治州"),
    ("黄南州", "黄南藏族自治州"),
    ("海南州", "海南藏族自治州"),
    ("果洛州", "果洛藏族自治州"),
    ("玉树州", "玉树藏族自治州"),
    ("海西州", "海西蒙古族藏族自治州"),
    ("昌吉州", "昌吉回族自治州"),
    ("博州", "博尔塔拉蒙古自治州"),
    ("巴州", "巴音郭楞蒙古自治州"),
    ("克州", "克孜勒苏柯尔克孜自治州"),
    ("伊犁州", "伊犁哈萨克自治州"),
    // Districts: short and official long forms.
    ("管城区", "管城回族区"),
    ("管城", "管城回族区"),
    ("梅里斯区", "梅里斯达斡尔族区"),
    ("梅里斯", "梅里斯达斡尔族区"),
    ("郑州高新技术产业开发区", "郑州高新区"),
    ("郑州经济技术开发区", "郑州经开区"),
    ("郑州航空港经济综合实验区", "郑州航空港区"),
    ("航空港区", "郑州航空港区"),
    ("浦东", "浦东新区"),
    ("石柱", "石柱土家族自治县"),
    ("秀山", "秀山土家族苗族自治县"),
    ("酉阳", "酉阳土家族苗族自治县"),
    ("彭水", "彭水苗族土家族自治县"),
    // Official one-character abbreviations of the provinces (简称).
    ("京", "北京市"),
    ("津", "天津市"),
    ("沪", "上海市"),
    ("渝", "重庆市"),
    ("冀", "河北省"),
    ("晋", "山西省"),
    ("蒙", "内蒙古自治区"),
    ("辽", "辽宁省"),
    ("吉", "吉林省"),
    ("黑", "黑龙江省"),
    ("苏", "江苏省"),
    ("浙", "浙江省"),
    ("皖", "安徽省"),
    ("闽", "福建省"),
    ("赣", "江西省"),
    ("鲁", "山东省"),
    ("豫", "河南省"),
    ("鄂", "湖北省"),
    ("湘", "湖南省"),
    ("粤", "广东省"),
    ("桂", "广西壮族自治区"),
    ("琼", "海南省"),
    ("川", "四川省"),
    ("蜀", "四川省"),
    ("黔", "贵州省"),
    ("贵", "贵州省"),
    ("滇", "云南省"),
    ("云", "云南省"),
    ("藏", "西藏自治区"),
    ("陕", "陕西省"),
    ("秦", "陕西省"),
    ("甘", "甘肃省"),
    ("陇", "甘肃省"),
    ("青", "青海省"),
    ("宁", "宁夏回族自治区"),
    ("新", "新疆维吾尔自治区"),
    ("港", "香港特别行政区"),
    ("澳", "澳门特别行政区"),
    ("台", "台湾省"),
];

/// Bare forms and nicknames that are also ordinary words, or that name
/// something else as often as the place (a river, a mountain, a person's
/// given name). They resolve with [`resolve_alias`] but are not matched in
/// running text.
const ORDINARY_WORDS: &[&str] = &[
    // Bare forms of cities that are also words or other things' names.
    "朝阳",
    "来宾",
    "安康",
    "大庆",
    "白银",
    "东方",
    "中山",
    "长治",
    "黄山",
    "海口",
    "大同",
    "日照",
    "北海",
    "延安",
    "遵义",
    "攀枝花",
    "普洱",
    "阿里",
    "黑河",
    "白山",
    "三明",
    "天门",
    "文昌",
    "万宁",
    "定安",
    "新星",
    "白杨",
    "双河",
    // Bare forms of districts and counties.
    "金山",
    "和平",
    "河东",
    "河西",
    "南开",
    "红桥",
    "北辰",
    "长寿",
    "大兴",
    "上街",
    "中原",
    "南岸",
    "江北",
    "宝山",
    "普陀",
    "通州",
    "滨海",
    "建华",
    "龙江",
    "泰来",
    "富裕",
    "长宁",
    "静海",
    "巫山",
    "东城",
    "西城",
    "房山",
    "丰都",
    "大足",
    "石柱",
    "秀山",
    "天桥",
    "钢城",
    // Nicknames that several cities share, or that are common words.
    "山城",
    "江城",
    "花城",
    "青城",
    "星城",
    "春城",
    "鹿城",
];

/// Bare forms that the gazetteer would give one place but that name another
/// place outside it as well: 甘南 is 甘南县 and 甘南藏族自治州.
const SHARED_BARE_FORMS: &[&str] = &["甘南"];

/// Characters that, right after a bare form or nickname, make it the head of
/// another name: a street (`泉城路`), a place of another kind (`江城区`,
/// `商都县`), or a body of water.
const NAME_HEADS: &[char] = &[
    '市', '区', '县', '州', '镇', '乡', '村', '路', '街', '省', '盟', '旗', '道', '巷', '湾', '江',
    '河', '湖',
];

/// How a name was written in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// The full official name (`郑州市`).
    Full,
    /// The name without its suffix (`郑州`).
    Bare,
    /// A nickname or short form (`鹤城`).
    Alias,
}

/// A place named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The full name of the place.
    pub name: &'static str,
    /// How the text wrote it.
    pub form: Form,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
}

/// The province of a city (prefecture-level or county-level) or
/// municipality; a municipality is its own province.
pub(crate) fn province_of_city(city: &str) -> Option<&'static str> {
    if let Some(m) = MUNICIPALITIES.iter().find(|m| **m == city) {
        return Some(m);
    }
    prefecture_province(city)
        .or_else(|| lookup(DIRECT_COUNTY_LEVEL, city))
        .or_else(|| city_of_district(city).and_then(province_of_city))
}

/// The level of a city: [`Level::Province`] for a municipality,
/// [`Level::Prefecture`] for a prefecture-level division,
/// [`Level::CountyCity`] for a county-level city.
pub(crate) fn city_level(city: &str) -> Option<Level> {
    if MUNICIPALITIES.contains(&city) {
        Some(Level::Province)
    } else if prefecture_province(city).is_some() {
        Some(Level::Prefecture)
    } else if known_county_level(city) && city.ends_with('市') {
        Some(Level::CountyCity)
    } else {
        None
    }
}

/// The city a district, county or county-level city belongs to, when the
/// gazetteer knows exactly one.
pub(crate) fn city_of_district(district: &str) -> Option<&'static str> {
    match counties().get(district)?.as_slice() {
        [city] => Some(city),
        _ => None,
    }
}

/// Whether the gazetteer lists `district` inside `city`.
pub(crate) fn district_in_city(district: &str, city: &str) -> bool {
    counties()
        .get(district)
        .is_some_and(|cities| cities.contains(&city))
}

/// Every county-level name of [`DISTRICTS`] and [`COUNTIES`], with the cities
/// that have a place of that name, each once, in list order.
fn counties() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static COUNTIES_BY_NAME: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    COUNTIES_BY_NAME.get_or_init(|| {
        let national = COUNTIES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some((fields.next()?, fields.next()?))
            });
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (name, city) in DISTRICTS.iter().copied().chain(national) {
            let cities = map.entry(name).or_default();
            if !cities.contains(&city) {
                cities.push(city);
            }
        }
        map
    })
}

/// The full name for a nickname, short form, bare form or full name:
/// `鹤城` → `齐齐哈尔市`, `沪` → `上海市`, `郑州` → `郑州市`, `闵行` → `闵行区`.
pub(crate) fn resolve_alias(name: &str) -> Option<&'static str> {
    index().forms.get(name.trim()).map(|e| e.name)
}

/// Every place named in `text`, in order, without overlaps.
///
/// At each position the longest known form wins, so `上海` inside `上海市`
/// is one mention of the full name. Bare forms and nicknames shorter than
/// two characters, ordinary words, and forms that head another name
/// (`泉城路`) are not matched.
pub(crate) fn find_places(text: &str) -> Vec<Mention> {
    let index = index();
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let hit = index.by_first.get(&c).and_then(|forms| {
            forms
                .iter()
                .find(|(form, entry)| text[pos..].starts_with(form) && fits(text, pos, form, entry))
        });
        match hit {
            Some((form, entry)) => {
                found.push(Mention {
                    name: entry.name,
                    form: entry.form,
                    start: pos,
                    end: pos + form.len(),
                });
                pos += form.len();
            }
            None => pos += c.len_utf8(),
        }
    }
    found
}

/// Province, city and district of a place given by its full name, filled
/// from the gazetteer. A municipality is both province and city.
pub(crate) fn jurisdiction_of(name: &str) -> Jurisdiction {
    let owned = |s: &str| Some(s.to_string());
    if MUNICIPALITIES.contains(&name) {
        return Jurisdiction {
            province: owned(name),
            city: owned(name),
            district: None,
        };
    }
    if PROVINCES.iter().any(|(p, _)| *p == name) {
        return Jurisdiction {
            province: owned(name),
            ..Jurisdiction::default()
        };
    }
    if prefecture_province(name).is_some() || is_direct_city(name) {
        return Jurisdiction {
            province: province_of_city(name).map(String::from),
            city: owned(name),
            district: None,
        };
    }
    if let Some(province) = lookup(DIRECT_COUNTY_LEVEL, name) {
        // A county directly under a province (Hainan) has no city.
        return Jurisdiction {
            province: owned(province),
            city: None,
            district: owned(name),
        };
    }
    if counties().contains_key(name) {
        let city = city_of_district(name);
        return Jurisdiction {
            province: city.and_then(province_of_city).map(String::from),
            city: city.map(String::from),
            district: owned(name),
        };
    }
    Jurisdiction::default()
}

/// The level of a district, county or county-level city the gazetteer knows.
pub(crate) fn district_level(name: &str) -> Option<Level> {
    if !known_county_level(name) {
        return None;
    }
    Some(level_by_suffix(name))
}

/// The level a county-level name's suffix says: `市` a county-level city,
/// `县` or `旗` a county, `林区` a county-level forestry district, else a
/// district.
pub(crate) fn level_by_suffix(name: &str) -> Level {
    if name.ends_with('市') {
        Level::CountyCity
    } else if name.ends_with('县') || name.ends_with('旗') || name.ends_with("林区") {
        Level::County
    } else {
        Level::District
    }
}

fn known_county_level(name: &str) -> bool {
    lookup(DIRECT_COUNTY_LEVEL, name).is_some() || counties().contains_key(name)
}

fn is_direct_city(name: &str) -> bool {
    name.ends_with('市') && lookup(DIRECT_COUNTY_LEVEL, name).is_some()
}

/// The province of a prefecture-level division, from [`PREFECTURES`] by
/// hash: a name is looked up several times for each place a plan names, and
/// a walk of the list compared it with some 330 names.
fn prefecture_province(name: &str) -> Option<&'static str> {
    static BY_NAME: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut map = HashMap::new();
        for &(city, province) in PREFECTURES {
            map.entry(city).or_insert(province); // the first, as a walk finds
        }
        map
    });
    by_name.get(name).copied()
}

/// Whether `name` ends in a character that some county-level name of the
/// gazetteer ends in: a test that spares most lookups of the prefixes of a
/// title (`闵`, `闵行`, `闵行区`, `闵行区教`…), which end in no such character.
pub(crate) fn may_be_county_level(name: &str) -> bool {
    static LAST: OnceLock<BmpSet> = OnceLock::new();
    let last = LAST.get_or_init(|| {
        let mut set = BmpSet::new();
        let names = counties()
            .keys()
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(n, _)| n));
        for c in names.filter_map(|n| n.chars().next_back()) {
            set.insert(c);
        }
        set
    });
    // The set holds no character past U+FFFF: such an ending is looked up.
    name.chars()
        .next_back()
        .is_some_and(|c| u32::from(c) > 0xFFFF || last.contains(c))
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Whether a bare form or nickname at `pos` stands for the place: it is not
/// the head of another name, nor the tail of a county-level name the
/// national list holds (`乌市`, 乌鲁木齐, in `义乌市`). Full names always
/// stand for the place.
fn fits(text: &str, pos: usize, form: &str, entry: &Entry) -> bool {
    if entry.form == Form::Full {
        return true;
    }
    let end = pos + form.len();
    let next = text[end..].chars().next();
    if next.is_some_and(|c| NAME_HEADS.contains(&c)) {
        return false;
    }
    let longest = LONGEST_COUNTY_LEVEL_NAME.saturating_sub(char_len(form));
    let tail_of = |(i, _): (usize, char)| known_county_level(&text[i..end]);
    !text[..pos].char_indices().rev().take(longest).any(tail_of)
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    name: &'static str,
    form: Form,
    /// Generated bare forms give way to every other entry.
    generated: bool,
}

struct Index {
    /// Every form, for [`resolve_alias`].
    forms: HashMap<&'static str, Entry>,
    /// Forms matched in running text, by first character, longest first.
    by_first: HashMap<char, Vec<(&'static str, Entry)>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Index {
    fn build() -> Index {
        let mut forms: HashMap<&'static str, Entry> = HashMap::new();
        let mut clashes: Vec<&'static str> = Vec::new();
        let full_names = PROVINCES
            .iter()
            .map(|(p, _)| *p)
            .chain(PREFECTURES.iter().map(|(c, _)| *c))
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(c, _)| *c))
            .chain(DISTRICTS.iter().map(|(d, _)| *d));
        for name in full_names {
            forms.entry(name).or_insert(Entry {
                name,
                form: Form::Full,
                generated: false,
            });
        }
        let explicit = ALIASES
            .iter()
            .map(|(a, n)| (*a, *n, Form::Alias))
            .chain(PROVINCES.iter().map(|(p, b)| (*b, *p, Form::Bare)));
        for (form_text, name, form) in explicit {
            forms.entry(form_text).or_insert(Entry {
                name,
                form,
                generated: false,
            });
        }
        let generated = PREFECTURES
            .iter()
            .map(|(c, _)| *c)
            .chain(DIRECT_COUNTY_LEVEL.iter().map(|(c, _)| *c))
            .chain(DISTRICTS.iter().map(|(d, _)| *d))
            .filter_map(|name| bare_form(name).map(|b| (b, name)));
        for (bare, name) in generated {
            match forms.get(bare) {
                None => {
                    forms.insert(
                        bare,
                        Entry {
                            name,
                            form: Form::Bare,
                            generated: true,
                        },
                    );
                }
                // Two places with the same bare form: neither gets it.
                Some(e) if e.generated && e.name != name => clashes.push(bare),
                Some(_) => {}
            }
        }
        clashes.extend(SHARED_BARE_FORMS);
        for bare in clashes {
            forms.remove(bare);
        }
        let mut by_first: HashMap<char, Vec<(&'static str, Entry)>> = HashMap::new();
        for (form_text, entry) in &forms {
            let matchable = entry.form == Form::Full
                || (char_len(form_text) >= 2 && !ORDINARY_WORDS.contains(form_text));
            if let (true, Some(c)) = (matchable, form_text.chars().next()) {
                by_first.entry(c).or_default().push((form_text, *entry));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        }
        Index { forms, by_first }
    }
}

/// The name without its suffix (`郑州市` → `郑州`, `闵行区` → `闵行`), when
/// what is left is at least two characters and not an ethnic compound.
fn bare_form(name: &'static str) -> Option<&'static str> {
    const SUFFIXES: &[&str] = &["地区", "新区", "林区", "市", "区", "县", "盟", "旗"];
    // Ethnic names (管城回族区), functional zones named after their city
    // (郑州高新区) and 市中区 (`市中` is no name: `城市中`, `全市中小学`)
    // have no bare form of their own.
    const NO_BARE: &[&str] = &["族", "自治", "高新区", "经开区", "港区", "市中区"];
    if NO_BARE.iter().any(|n| name.contains(n)) {
        return None;
    }
    let bare = SUFFIXES.iter().find_map(|s| name.strip_suffix(s))?;
    (char_len(bare) >= 2).then_some(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_the_national_list() {
        assert_eq!(PROVINCES.len(), 34);
        assert_eq!(PREFECTURES.len(), 333);
        let cities = PREFECTURES
            .iter()
            .filter(|(c, _)| c.ends_with('市'))
            .count();
        assert_eq!(cities, 293);
        let leagues = PREFECTURES
            .iter()
            .filter(|(c, _)| c.ends_with('盟'))
            .count();
        assert_eq!(leagues, 3);
        let areas = PREFECTURES
            .iter()
            .filter(|(c, _)| c.ends_with("地区"))
            .count();
        assert_eq!(areas, 7);
        let shanghai = DISTRICTS.iter().filter(|(_, c)| *c == "上海市").count();
        assert_eq!(shanghai, 16);
    }

    #[test]
    fn longest_county_level_name() {
        let longest = (DIRECT_COUNTY_LEVEL.iter().map(|(n, _)| n))
            .chain(counties().keys())
            .map(|n| char_len(n))
            .max();
        assert_eq!(longest, Some(LONGEST_COUNTY_LEVEL_NAME));
    }

    #[test]
    fn the_national_list_is_read_whole_and_names_known_cities() {
        let lines = COUNTIES.lines().filter(|l| !l.starts_with('#'));
        let mut rows = 0;
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            let (name, city, code) = (fields[0], fields[1], fields[2]);
            assert!(
                code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
                "{line}"
            );
            assert!(
                char_len(name) >= 2 && name.chars().all(crate::text::is_han),
                "{line}"
            );
            assert!(city_level(city).is_some(), "{name}: unknown city {city}");
            assert!(district_in_city(name, city), "{line}");
            rows += 1;
        }
        // 2,850 county-level divisions in 2016, less those directly under a
        // province (listed in `DIRECT_COUNTY_LEVEL`) and those of 莱芜市.
        assert_eq!(rows, 2819);
    }

    #[test]
    fn a_county_anywhere_has_its_city_and_province_unless_its_name_is_shared() {
        for (district, city, province) in [
            ("余杭区", "杭州市", "浙江省"),
            ("宝安区", "深圳市", "广东省"),
            ("长兴县", "湖州市", "浙江省"),
            ("双江拉祜族佤族布朗族傣族自治县", "临沧市", "云南省"),
            ("比如县", "那曲市", "西藏自治区"),
        ] {
            let j = jurisdiction_of(district);
            assert_eq!(j.city.as_deref(), Some(city), "{district}");
            assert_eq!(j.province.as_deref(), Some(province), "{district}");
        }
        // 朝阳区 is in 北京市 and in 长春市; 西湖区 in 杭州市 and in 南昌市.
        for shared in ["朝阳区", "西湖区", "城区", "市中区"] {
            assert_eq!(city_of_district(shared), None, "{shared}");
            assert!(jurisdiction_of(shared).district.is_some(), "{shared}");
        }
    }

    #[test]
    fn every_province_named_in_the_tables_exists() {
        let known = |p: &str| PROVINCES.iter().any(|(q, _)| *q == p);
        for (city, province) in PREFECTURES.iter().chain(DIRECT_COUNTY_LEVEL) {
            assert!(known(province), "{city}: unknown province {province}");
        }
    }

    #[test]
    fn every_city_named_in_the_tables_exists() {
        for (district, city) in DISTRICTS {
            assert!(
                city_level(city).is_some(),
                "{district}: unknown city {city}"
            );
        }
        for (alias, name) in ALIASES {
            let known = PROVINCES.iter().any(|(p, _)| p == name)
                || lookup(PREFECTURES, name).is_some()
                || lookup(DISTRICTS, name).is_some();
            assert!(known, "{alias}: unknown place {name}");
        }
    }

    #[test]
    fn every_ordinary_word_is_a_form() {
        let names = || {
            PREFECTURES
                .iter()
                .chain(DIRECT_COUNTY_LEVEL)
                .chain(DISTRICTS)
                .map(|(n, _)| *n)
        };
        for word in ORDINARY_WORDS {
            // A form two places share (朝阳市, 朝阳区) resolves to neither.
            let generated = names().any(|n| bare_form(n) == Some(*word));
            assert!(
                generated || resolve_alias(word).is_some(),
                "{word} is not a form"
            );
        }
    }

    #[test]
    fn no_name_is_listed_twice_in_one_table() {
        let mut names: Vec<&str> = PREFECTURES
            .iter()
            .chain(DIRECT_COUNTY_LEVEL)
            .map(|(n, _)| *n)
            .collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before);
    }

    #[test]
    fn provinces_and_levels() {
        assert_eq!(province_of_city("济源市"), Some("河南省"));
        assert_eq!(province_of_city("郑州市"), Some("河南省"));
        assert_eq!(province_of_city("齐齐哈尔市"), Some("黑龙江省"));
        assert_eq!(province_of_city("上海市"), Some("上海市"));
        assert_eq!(province_of_city("石河子市"), Some("新疆维吾尔自治区"));
        assert_eq!(province_of_city("讷河市"), Some("黑龙江省"));
        assert_eq!(province_of_city("某某市"), None);
        assert_eq!(city_level("济源市"), Some(Level::CountyCity));
        assert_eq!(city_level("郑州市"), Some(Level::Prefecture));
        assert_eq!(city_level("齐齐哈尔市"), Some(Level::Prefecture));
        assert_eq!(city_level("上海市"), Some(Level::Province));
        assert_eq!(city_level("巩义市"), Some(Level::CountyCity));
        assert_eq!(city_level("某某市"), None);
    }

    #[test]
    fn districts_resolve_only_when_unique() {
        assert_eq!(city_of_district("闵行区"), Some("上海市"));
        assert_eq!(city_of_district("金水区"), Some("郑州市"));
        assert_eq!(city_of_district("建华区"), Some("齐齐哈尔市"));
        assert_eq!(city_of_district("普陀区"), None);
        assert_eq!(city_of_district("历城区"), Some("济南市"));
        // 市中区 is in 济南市, 枣庄市, 乐山市 and 内江市.
        assert_eq!(city_of_district("市中区"), None);
        assert!(district_in_city("市中区", "济南市"));
        assert_eq!(resolve_alias("市中"), None);
        assert!(find_places("全市中小学").is_empty());
        assert!(district_in_city("普陀区", "上海市"));
        assert_eq!(district_level("讷河市"), Some(Level::CountyCity));
        assert_eq!(district_level("富裕县"), Some(Level::County));
        assert_eq!(district_level("闵行区"), Some(Level::District));
    }

    #[test]
    fn aliases_and_bare_forms() {
        assert_eq!(resolve_alias("鹤城"), Some("齐齐哈尔市"));
        assert_eq!(resolve_alias("沪"), Some("上海市"));
        assert_eq!(resolve_alias("穗"), Some("广州市"));
        assert_eq!(resolve_alias("郑州"), Some("郑州市"));
        assert_eq!(resolve_alias("闵行"), Some("闵行区"));
        assert_eq!(resolve_alias("济源"), Some("济源市"));
        assert_eq!(resolve_alias("郑州市"), Some("郑州市"));
        // Province wins over the city of the same bare name.
        assert_eq!(resolve_alias("吉林"), Some("吉林省"));
        assert_eq!(resolve_alias("海南"), Some("海南省"));
        // 甘南县 and 甘南藏族自治州: the bare form is ambiguous.
        assert_eq!(resolve_alias("甘南"), None);
        assert_eq!(resolve_alias("东北"), None);
    }

    #[test]
    fn finds_longest_names_without_overlap() {
        let found = find_places("上海市闵行区和郑州的学校");
        let names: Vec<_> = found.iter().map(|m| (m.name, m.form)).collect();
        assert_eq!(
            names,
            [
                ("上海市", Form::Full),
                ("闵行区", Form::Full),
                ("郑州市", Form::Bare)
            ]
        );
        assert_eq!(
            &"上海市闵行区和郑州的学校"[found[2].start..found[2].end],
            "郑州"
        );
    }

    #[test]
    fn skips_short_forms_ordinary_words_and_heads_of_other_names() {
        assert!(find_places("沪苏合作").is_empty());
        assert!(find_places("绿水青山就是金山银山").is_empty());
        assert!(find_places("住在泉城路").is_empty());
        assert!(find_places("沿江城市带,卫星城市").is_empty());
        assert_eq!(find_places("办好鹤城教育")[0].name, "齐齐哈尔市");
        assert!(find_places("东北地区西北部").is_empty());
    }

    #[test]
    fn jurisdictions_fill_from_the_gazetteer() {
        let j = jurisdiction_of("闵行区");
        assert_eq!(j.province.as_deref(), Some("上海市"));
        assert_eq!(j.city.as_deref(), Some("上海市"));
        assert_eq!(j.district.as_deref(), Some("闵行区"));
        let j = jurisdiction_of("济源市");
        assert_eq!(j.city.as_deref(), Some("济源市"));
        assert_eq!(j.province.as_deref(), Some("河南省"));
        let j = jurisdiction_of("河南省");
        assert_eq!(j.city, None);
        assert_eq!(jurisdiction_of("东北"), Jurisdiction::default());
    }
}
