use super::*;

#[test]
fn folding_removes_diacritics_case_extra_spaces_and_long_runs() {
    assert_eq!(fold("  Ont i  BRÖSTET "), "ont i brostet");
    assert_eq!(fold("hjäääälp"), "hjaalp");
    assert_eq!(fold("I can\u{2019}t breathhhhe"), "i can't breathhe");
    assert_eq!(fold("!!!"), "!!!");
    assert_eq!(fold("مرحبا"), "مرحبا");
    assert_eq!(fold("ont i bröstet 😢 😢"), "ont i brostet");
}

#[test]
fn variants_cover_digraphs_and_single_letters() {
    let v = variants("jag kan inte andaas, faar ingen luft");
    assert!(
        v.contains(&"jag kan inte andas, far ingen luft".to_owned()),
        "{v:?}"
    );
    let v = variants("kallsvettig");
    assert!(v.contains(&"kalsvetig".to_owned()), "{v:?}");
    assert_eq!(v[0], "kallsvettig");
}

#[test]
fn patterns_are_folded_like_text() {
    assert_eq!(fold_pattern(r"ont i br[öo]stet\b"), r"ont i br[oo]stet\b");
    assert_eq!(fold_pattern(r"\bSJÄLVMORD\B\S"), r"\bSJaLVMORD\B\S");
}
