using static RuleEngine.Tests.Shell.ShellTestHelpers;

namespace RuleEngine.Tests.Shell;

/// <summary>
/// Commands that try to smuggle a second command past an allow rule or a command past a deny rule.
/// Each row gives the exact split the analyser must produce (raw texts of the simple commands in
/// order, or the failure status). "|" separates expected commands.
/// </summary>
public class BypassSuiteTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // separators outside quotes split
        { "npm test;rm -rf x", "npm test|rm -rf x" },
        { "npm test ;rm -rf x", "npm test|rm -rf x" },
        { "npm test&&rm -rf x", "npm test|rm -rf x" },
        { "npm test||rm -rf x", "npm test|rm -rf x" },
        { "npm test|rm -rf x", "npm test|rm -rf x" },
        { "npm test|&rm -rf x", "npm test|rm -rf x" },
        { "npm test&rm -rf x", "npm test|rm -rf x" },
        { "npm test\nrm -rf x", "npm test|rm -rf x" },
        { "npm test\r\nrm -rf x", "npm test\r|rm -rf x" },
        { "npm test\n\n\nrm -rf x", "npm test|rm -rf x" },
        { "npm test;;rm x", "Unparseable" },
        { "npm test & & rm x", "Unparseable" },
        { "npm test && && rm x", "Unparseable" },
        // separators inside quotes do not split
        { "npm test -- 'a && b'", "npm test -- 'a && b'" },
        { "npm test -- \"a; rm -rf x\"", "npm test -- \"a; rm -rf x\"" },
        { "echo 'a|b' \"c|d\"", "echo 'a|b' \"c|d\"" },
        { "echo 'x\nrm -rf y'", "echo 'x\nrm -rf y'" },
        { "echo \"x\nrm -rf y\"", "echo \"x\nrm -rf y\"" },
        { "git commit -m 'fix: a | b'", "git commit -m 'fix: a | b'" },
        { "echo $'a;b'", "echo $'a;b'" },
        { "echo $'a\\';rm x'", "echo $'a\\';rm x'" },
        // quotes that end before the operator do split
        { "echo 'a';rm x", "echo 'a'|rm x" },
        { "echo \"a\"&&rm x", "echo \"a\"|rm x" },
        { "echo 'a'\"b\";rm x", "echo 'a'\"b\"|rm x" },
        { "echo \"it's\";rm x", "echo \"it's\"|rm x" },
        { "echo 'say \"hi\"';rm x", "echo 'say \"hi\"'|rm x" },
        // escapes
        { "echo a\\;rm x", "echo a\\;rm x" },
        { "echo a\\&\\&rm x", "echo a\\&\\&rm x" },
        { "echo a\\|rm x", "echo a\\|rm x" },
        { "echo a\\\\;rm x", "echo a\\\\|rm x" },
        { "echo \"a\\\";rm x\"", "echo \"a\\\";rm x\"" },
        { "echo \"a\\\\\";rm x", "echo \"a\\\\\"|rm x" },
        { "echo 'a\\';rm x", "echo 'a\\'|rm x" },
        { "npm test \\\n&& rm x", "npm test|rm x" },
        { "npm test \\\n; rm x", "npm test|rm x" },
        { "r\\\nm -rf x", "r\\\nm -rf x" },
        { "echo x\\", "echo x\\" },
        // unterminated quoting fails closed
        { "echo 'a;rm x", "Unparseable" },
        { "echo \"a;rm x", "Unparseable" },
        { "echo $'a;rm x", "Unparseable" },
        { "echo `rm x", "Unparseable" },
        { "echo $(rm x", "Unparseable" },
        { "echo ${x;rm x", "Unparseable" },
        { "echo $((1;rm x", "Unparseable" },
        { "(rm x", "Unparseable" },
        { "{ rm x", "Unparseable" },
        { "rm x )", "Unparseable" },
        { "if true; then rm x", "Unparseable" },
        { "for i in a; do rm x", "Unparseable" },
        { "case a in a) rm x", "Unparseable" },
        // substitutions expose nested commands
        { "echo $(rm -rf x)", "echo $(rm -rf x)|rm -rf x" },
        { "echo \"$(rm -rf x)\"", "echo \"$(rm -rf x)\"|rm -rf x" },
        { "echo `rm -rf x`", "echo `rm -rf x`|rm -rf x" },
        { "echo \"`rm -rf x`\"", "echo \"`rm -rf x`\"|rm -rf x" },
        { "echo $(echo $(rm x))", "echo $(echo $(rm x))|echo $(rm x)|rm x" },
        { "echo $(a; rm x)", "echo $(a; rm x)|a|rm x" },
        { "echo $(a && rm x) b", "echo $(a && rm x) b|a|rm x" },
        { "echo ${x:-$(rm y)}", "echo ${x:-$(rm y)}|rm y" },
        { "echo ${x:-`rm y`}", "echo ${x:-`rm y`}|rm y" },
        { "echo $(( $(rm x) + 1 ))", "echo $(( $(rm x) + 1 ))|rm x" },
        { "echo $[ $(rm x) ]", "echo $[ $(rm x) ]|rm x" },
        { "cat <(rm x)", "cat <(rm x)|rm x" },
        { "tee >(rm x)", "tee >(rm x)|rm x" },
        { "diff <(ls a) <(rm b)", "diff <(ls a) <(rm b)|ls a|rm b" },
        { "x=$(rm -rf y)", "x=$(rm -rf y)|rm -rf y" },
        { "FOO=$(rm x) ls", "FOO=$(rm x) ls|rm x" },
        { "ls > $(rm x)", "ls > $(rm x)|rm x" },
        { "cat <<< $(rm x)", "cat <<< $(rm x)|rm x" },
        { "echo $(case a in a) rm x;; esac)", "echo $(case a in a) rm x;; esac)|rm x" },
        { "echo $( (rm x) )", "echo $( (rm x) )|rm x" },
        { "echo `echo \\`rm x\\``", "TooComplex" },
        { "echo '$(rm x)'", "echo '$(rm x)'" },
        { "echo '`rm x`'", "echo '`rm x`'" },
        { "echo \\$(rm x)", "Unparseable" },
        { "echo \\`rm x\\`", "echo \\`rm x\\`" },
        // heredocs
        { "cat <<EOF\n$(rm -rf x)\nEOF", "cat <<EOF|rm -rf x" },
        { "cat <<EOF\n`rm -rf x`\nEOF", "cat <<EOF|rm -rf x" },
        { "cat <<'EOF'\n$(rm -rf x)\nEOF", "cat <<'EOF'" },
        { "cat <<\"EOF\"\n$(rm -rf x)\nEOF", "cat <<\"EOF\"" },
        { "cat <<\\EOF\n$(rm -rf x)\nEOF", "cat <<\\EOF" },
        { "cat <<'EOF'\nEOF\nrm -rf x", "cat <<'EOF'|rm -rf x" },
        { "cat <<'EOF'\n x\n EOF\nrm -rf x\nEOF", "cat <<'EOF'" },
        { "cat <<-'EOF'\n\tx\n\tEOF\nrm -rf x", "cat <<-'EOF'|rm -rf x" },
        { "cat <<'EOF' && rm x\nbody\nEOF", "cat <<'EOF'|rm x" },
        { "cat <<'A' <<'B'\na\nA\nrm x\nB\nls", "cat <<'A' <<'B'|ls" },
        { "cat <<'EOF'\nrm -rf x", "Unparseable" },
        { "cat <<EOF", "Unparseable" },
        { "cat <<$(rm x)\nbody\n$(rm x)", "TooComplex" },
        // redirections are not commands
        { "ls > 'a;rm x'", "ls > 'a;rm x'" },
        { "ls >a;rm x", "ls >a|rm x" },
        { "ls 2>&1;rm x", "ls 2>&1|rm x" },
        { "ls &>/dev/null&&rm x", "ls &>/dev/null|rm x" },
        { "ls >&2 & rm x", "ls >&2|rm x" },
        { "ls >", "Unparseable" },
        { "ls > ;rm x", "Unparseable" },
        // variables and IFS tricks stay inside words
        { "ls${IFS}-la;rm x", "ls${IFS}-la|rm x" },
        { "echo $IFS\"rm\"", "echo $IFS\"rm\"" },
        { "x=rm; $x -rf y", "x=rm|$x -rf y" },
        // compound constructs
        { "(rm -rf x)", "rm -rf x" },
        { "( (rm -rf x) )", "rm -rf x" },
        { "{ rm -rf x; }", "rm -rf x" },
        { "{ rm -rf x;}", "rm -rf x" },
        { "f() { rm -rf x; }; f", "rm -rf x|f" },
        { "f() (rm -rf x)", "rm -rf x" },
        { "if rm x; then :; fi", "rm x|:" },
        { "while rm x; do :; done", "rm x|:" },
        { "for i in $(rm x); do :; done", "rm x|:" },
        { "case $(rm x) in *) ;; esac", "rm x" },
        { "! rm x", "rm x" },
        { "time rm x", "time rm x" },
        { "[[ -n x ]] || rm x", "[[ -n x ]]|rm x" },
        { "[[ a && b ]]; rm x", "[[ a && b ]]|rm x" },
        { "[[ a < b || c > d ]]", "[[ a < b || c > d ]]" },
        { "[[ $x =~ ^(a|b)$ ]] && rm x", "[[ $x =~ ^(a|b)$ ]]|rm x" },
        { "[[ -n $(rm x) ]]", "[[ -n $(rm x) ]]|rm x" },
        { "[[ -f <(rm x) ]]", "[[ -f <(rm x) ]]|rm x" },
        { "[[ a; rm x ]]", "Unparseable" },
        { "[[ a\nrm x ]]", "Unparseable" },
        { "[[ a & rm x ]]", "Unparseable" },
        { "[[ -f x", "Unparseable" },
        { "[[ -f x ]] > out", "[[ -f x ]]|> out" },
        { "{ ls; } > 'a;b'; rm x", "ls|> 'a;b'|rm x" },
        { "(ls) 2>&1 | rm x", "ls|2>&1|rm x" },
        { "while read l; do echo $l; done < in.txt && rm x", "read l|echo $l|< in.txt|rm x" },
        { "while read l; do echo $l; done <<EOF\n$(rm x)\nEOF", "read l|echo $l|<<EOF|rm x" },
        { "for f in a; do :; done > $(rm x)", ":|> $(rm x)|rm x" },
        { "[[ x == @(a|b) ]]", "TooComplex" },
        { "a=(1 2); rm x", "TooComplex" },
        { "echo @(a|b)", "TooComplex" },
        // comments
        { "npm test #; rm x", "npm test" },
        { "npm test #\nrm x", "npm test|rm x" },
        { "npm test#; rm x", "npm test#|rm x" },
        { "echo '#';rm x", "echo '#'|rm x" },
        // unicode lookalikes are ordinary characters, but do not hide real operators
        { "npm test \uFF1B rm -rf x", "npm test \uFF1B rm -rf x" },
        { "npm test \uFF06\uFF06 rm -rf x", "npm test \uFF06\uFF06 rm -rf x" },
        { "npm test \uFF5C rm -rf x", "npm test \uFF5C rm -rf x" },
        { "npm test\uFF1B;rm -rf x", "npm test\uFF1B|rm -rf x" },
        { "npm test\u2028rm -rf x", "npm test\u2028rm -rf x" },
        { "npm test\u00A0&&\u00A0rm x", "npm test\u00A0|\u00A0rm x" },
        { "npm test \u037E rm x", "npm test \u037E rm x" },
        // NUL bytes fail closed
        { "npm test\0; rm x", "Unparseable" },
        { "npm test '\0' ", "Unparseable" },
        // background and pipes inside substitutions
        { "echo $(rm x &)", "echo $(rm x &)|rm x" },
        { "echo $(ls | rm x)", "echo $(ls | rm x)|ls|rm x" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_SmuggledCommand_IsSplitAsExpected(string command, string expected)
    {
        Assert.Equal(expected, string.Join("|", Split(command)));
    }

    [Fact]
    public void Cases_AtLeastOneHundred_Exist() => Assert.True(Cases.Count >= 100, $"only {Cases.Count} bypass cases");
}
