pub fn command(_root: &std::path::Path, _args: &[String]) -> Result<(), String> {
    Err("belum".into())
}
