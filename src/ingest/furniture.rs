//! The vocabulary of site furniture: the words of breadcrumbs, bylines,
//! footers, sharing sites and captions, and one search for all of them in a
//! line. The cleaner decides by these words, a line's shape and its place.

use std::sync::OnceLock;

use aho_corasick::{packed, AhoCorasick, AhoCorasickKind};

/// Vocabulary of breadcrumbs; a line with one, near the top, ends the navigation.
pub(super) const BREADCRUMB: &[&str] = &[
    "当前位置",
    "当前的位置",
    "您现在的位置",
    "您的位置",
    "现在位置",
    "所在位置",
    "首页>",
    "首页 >",
    "首页»",
    "首页 »",
    "首页→",
    "首页 >>",
    // A news page's crumbs end with the article itself: `A > B > 正文`.
    "> 正文",
    ">正文",
    "» 正文",
    "»正文",
];

/// Vocabulary of article furniture: counters, editors, sources, bylines, header fields.
pub(super) const BYLINE: &[&str] = &[
    "阅读量",
    "阅读:",
    "阅读：",
    "阅读次数",
    "浏览次数",
    "浏览量",
    "浏览:",
    "浏览：",
    "点击数",
    "点击量",
    "点击:",
    "访问量",
    "责编",
    "责任编辑",
    "编辑:",
    "编辑：",
    "校对:",
    "校对：",
    "审核:",
    "审核：",
    "作者:",
    "作者：",
    "来源:",
    "来源：",
    "发布日期",
    "发布时间",
    "更新时间",
    "本报记者",
    "通讯员",
    "本报讯",
    "字号",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "分享到",
    "字体:",
    "字体：",
    "【字体",
    "扫一扫",
    "手机打开",
    "数字报",
    "电子报",
    "上一版",
    "下一版",
    "索引号",
    "索 引 号",
    "发布机构",
    "成文日期",
    "发文字号",
    "主题分类",
    "信息来源",
    "文章来源",
];

/// Vocabulary of page footers.
pub(super) const FOOTER: &[&str] = &[
    "上一篇",
    "下一篇",
    "返回顶部",
    "联系我们",
    "关于我们",
    "联系方式",
    "版权所有",
    "Copyright",
    "copyright",
    "COPYRIGHT",
    "©",
    "ICP备",
    "ICP证",
    "公网安备",
    "网站标识码",
    "主办:",
    "主办：",
    "主办单位",
    "承办:",
    "承办：",
    "承办单位",
    "技术支持",
    "地址:",
    "地址：",
    "邮编",
    "电话:",
    "电话：",
    "传真",
    "备案号",
    "备案序号",
    "经营许可证",
    "站点导航",
    "网站地图",
    "管理入口",
    "招生热线",
];

/// Vocabulary of document-sharing sites.
pub(super) const SHARING: &[&str] = &[
    "上传人",
    "文档编号",
    "上传时间",
    "页数:",
    "点击查看更多",
    "展开阅读全文",
    "相关资源",
    "猜你喜欢",
    "相关搜索",
    "资源描述",
    "由会员分享",
    "在线阅读",
    "下载积分",
    "举报",
    "阅读全文",
    "下载文档",
    "VIP",
];

/// Sentences of sharing sites' boilerplate (uploads, disclaimers): they end
/// with a full stop like prose, so they are matched before the prose test.
pub(super) const SHARING_SENTENCES: &[&str] = &[
    "由会员分享",
    "本站会员",
    "主动上传",
    "信息存储空间",
    "如有侵权",
    "给予删除",
    "本站不保证",
    "版权归原作者",
];

/// Vocabulary that marks a photo caption whatever the gaps around it.
pub(super) const CAPTION: &[&str] = &[
    "图为",
    "(摄)",
    "（摄）",
    "摄影:",
    "摄影：",
    "供图",
    "图片来源",
];

/// The furniture vocabularies, in the order their words are numbered.
#[derive(Debug, Clone, Copy)]
pub(super) enum Vocabulary {
    Breadcrumb,
    Sharing,
    Byline,
    Footer,
    Caption,
}

/// Each vocabulary's words, in the order of [`Vocabulary`].
const VOCABULARIES: [&[&str]; 5] = [BREADCRUMB, SHARING, BYLINE, FOOTER, CAPTION];

/// The furniture words a line holds, as bits numbered through the
/// [`VOCABULARIES`] in order (each word listed once; at most 128 words, which
/// the build checks: 117 today).
///
/// Found in one pass of an automaton over the line, where each word was
/// looked for alone: up to 117 searches on a heading that holds none.
/// Overlapping matches are all reported, so a word is found exactly where
/// `contains` finds it.
#[derive(Debug, Clone, Copy)]
pub(super) struct FurnitureWords(u128);

/// The vocabularies' words fit the bits of [`FurnitureWords`]: a list grown past them
/// fails the build rather than match the wrong words.
const _: () = {
    let mut words = 0;
    let mut i = 0;
    while i < VOCABULARIES.len() {
        words += VOCABULARIES[i].len();
        i += 1;
    }
    assert!(
        words <= u128::BITS as usize,
        "furniture words exceed FurnitureWords' bits"
    );
};

impl FurnitureWords {
    pub(super) fn of(s: &str) -> FurnitureWords {
        let (automaton, _) = vocabulary();
        let found = (automaton.find_overlapping_iter(s))
            .fold(0, |bits, m| bits | 1u128 << m.pattern().as_usize());
        FurnitureWords(found)
    }

    /// Whether the line holds a word of `list`.
    pub(super) fn any(self, list: Vocabulary) -> bool {
        self.0 & vocabulary().1[list as usize] != 0
    }

    /// How many distinct words of the byline, footer and sharing-site
    /// vocabularies the line holds.
    pub(super) fn furniture(self) -> u32 {
        let masks = vocabulary().1;
        let lists = [Vocabulary::Byline, Vocabulary::Footer, Vocabulary::Sharing];
        let mask = lists.iter().fold(0, |m, &v| m | masks[v as usize]);
        (self.0 & mask).count_ones()
    }
}

/// The automaton over all the [`VOCABULARIES`]' words, and each
/// vocabulary's bits in [`FurnitureWords`].
fn vocabulary() -> &'static (AhoCorasick, [u128; 5]) {
    static VOCABULARY: OnceLock<(AhoCorasick, [u128; 5])> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let words = VOCABULARIES.iter().flat_map(|v| v.iter());
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(words)
            .expect("the furniture vocabulary builds");
        let mut masks = [0u128; 5];
        let mut first = 0;
        for (mask, words) in masks.iter_mut().zip(VOCABULARIES) {
            *mask = (first..first + words.len()).fold(0, |m, i| m | 1u128 << i);
            first += words.len();
        }
        (automaton, masks)
    })
}

/// The words that open the sharing-site sentence test: its sentences and
/// `请在`, which its other test needs; `None` where the processor has no
/// vector instructions for the search, and each word is looked for alone.
///
/// Every line passes this test, prose too, and most of them hold none of its
/// words: one vector search of the line tells so, where a search for each
/// word took nine passes and was slower, and aho-corasick's automaton
/// slower still.
pub(super) fn sharing_sentence_words() -> Option<&'static packed::Searcher> {
    static WORDS: OnceLock<Option<packed::Searcher>> = OnceLock::new();
    WORDS
        .get_or_init(|| packed::Searcher::new(SHARING_SENTENCES.iter().chain(&["请在"])))
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_automaton_finds_what_a_search_for_each_word_finds() {
        let lists = [
            Vocabulary::Breadcrumb,
            Vocabulary::Sharing,
            Vocabulary::Byline,
            Vocabulary::Footer,
            Vocabulary::Caption,
        ];
        let words: Vec<&str> = VOCABULARIES
            .iter()
            .flat_map(|v| v.iter().copied())
            .collect();
        // Every word, every pair run together (a word's end may start
        // another's), and each inside a heading.
        let lines = (words
            .iter()
            .flat_map(|a| words.iter().map(move |b| format!("{a}{b}"))))
        .chain(words.iter().map(|w| format!("一、加强{w}管理")))
        .chain(["加强党建".to_string(), String::new()]);
        for line in lines {
            let found = FurnitureWords::of(&line);
            for (list, vocabulary) in lists.into_iter().zip(VOCABULARIES) {
                assert_eq!(
                    found.any(list),
                    vocabulary.iter().any(|w| line.contains(w)),
                    "{line}"
                );
            }
            let furniture = [BYLINE, FOOTER, SHARING].iter().flat_map(|w| w.iter());
            let count = furniture.filter(|w| line.contains(*w)).count();
            assert_eq!(found.furniture() as usize, count, "{line}");
        }
    }
}
