fn main() {
    std::process::exit(slant_cli::run());
}
