using RuleEngine.Evaluation.Bash;

namespace RuleEngine.Tests.BashSemantics;

public class FileCommandPathsTests
{
    private static string Render(string command)
    {
        IReadOnlyList<CommandPath> paths = FileCommandPaths.Extract(TestArgv.Parse(command), TestArgv.Context);
        return string.Join(" | ", paths.Select(p => p.Status switch
        {
            PathStatus.Resolved => $"{p.Operation.ToString()[0]} {p.Path}",
            PathStatus.Glob => $"{p.Operation.ToString()[0]} glob {p.Path} base {p.GlobBase}",
            _ => $"{p.Operation.ToString()[0]} expand {p.Word}",
        }));
    }

    [Theory]
    [InlineData("cat .env", "R /work/project/.env")]
    [InlineData("head -1 .env", "R /work/project/.env")]
    [InlineData("head -n 1 .env", "R /work/project/.env")]
    [InlineData("head -n1 a b", "R /work/project/a | R /work/project/b")]
    [InlineData("tail -f .env", "R /work/project/.env")]
    [InlineData("tail -n 20 app.log", "R /work/project/app.log")]
    [InlineData("cat ./src/../.env", "R /work/project/.env")]
    [InlineData("cat $HOME/../alice/proj/.env", "R /home/alice/proj/.env")]
    [InlineData("cat ~/.ssh/id_rsa", "R /home/dev/.ssh/id_rsa")]
    [InlineData("cat ~", "R /home/dev")]
    [InlineData("cat '~/x'", "R /work/project/~/x")]
    [InlineData("cat ~alice/x", "R expand ~alice/x")]
    [InlineData("cat \"$FOO\"", "R expand $FOO")]
    [InlineData("cat $(pwd)/x", "R expand $(pwd)/x")]
    [InlineData("cat /etc/passwd", "R /etc/passwd")]
    [InlineData("cat src/../../x", "R /work/x")]
    [InlineData("cat -", "")]
    [InlineData("cat -- -n", "R /work/project/-n")]
    [InlineData("cat *.env", "R glob /work/project/*.env base /work/project")]
    [InlineData("cat src/*/a.ts", "R glob /work/project/src/*/a.ts base /work/project/src")]
    [InlineData("ls", "")]
    [InlineData("ls -la /etc", "R /etc")]
    [InlineData("ls -I '*.o' src", "R /work/project/src")]
    [InlineData("ls -R /", "R /")]
    [InlineData("ls ..", "R /work")]
    [InlineData("grep a .env", "R /work/project/.env")]
    [InlineData("grep -r a .", "R /work/project")]
    [InlineData("grep -rn -e a -e b src", "R /work/project/src")]
    [InlineData("grep -f /etc/shadow x", "R /etc/shadow | R /work/project/x")]
    [InlineData("grep -A3 foo a", "R /work/project/a")]
    [InlineData("grep -A 3 foo a", "R /work/project/a")]
    [InlineData("grep --exclude-from=ex foo a", "R /work/project/ex | R /work/project/a")]
    [InlineData("grep x /var/log/syslog", "R /var/log/syslog")]
    [InlineData("grep foo", "")]
    [InlineData("egrep -i foo a", "R /work/project/a")]
    [InlineData("rg -n x src", "R /work/project/src")]
    [InlineData("rg -g '*.ts' -t ts x src", "R /work/project/src")]
    [InlineData("rg -e x -e y a b", "R /work/project/a | R /work/project/b")]
    [InlineData("rg --ignore-file ig x", "R /work/project/ig")]
    [InlineData("sort -k 2 -t , f", "R /work/project/f")]
    [InlineData("sort -o out.txt in.txt", "R /work/project/out.txt | R /work/project/in.txt")]
    [InlineData("uniq in out", "R /work/project/in | W /work/project/out")]
    [InlineData("uniq -f 1 in", "R /work/project/in")]
    [InlineData("wc -l src/a.ts", "R /work/project/src/a.ts")]
    [InlineData("cut -d , -f 1 a.csv", "R /work/project/a.csv")]
    [InlineData("tr a b", "")]
    [InlineData("numfmt --to=iec 1024", "")]
    [InlineData("file -m magic f", "R /work/project/magic | R /work/project/f")]
    [InlineData("stat -c %s f", "R /work/project/f")]
    [InlineData("diff a b", "R /work/project/a | R /work/project/b")]
    [InlineData("diff -U 3 a /etc/b", "R /work/project/a | R /etc/b")]
    [InlineData("awk '{print}' f", "R /work/project/f")]
    [InlineData("awk -F : -v x=1 '{print $1}' /etc/passwd", "R /etc/passwd")]
    [InlineData("awk -f prog.awk a b", "R /work/project/prog.awk | R /work/project/a | R /work/project/b")]
    [InlineData("gawk '{print}' n=1 f", "R /work/project/f")]
    [InlineData("jq . data.json", "R /work/project/data.json")]
    [InlineData("jq -r '.a' a.json b.json", "R /work/project/a.json | R /work/project/b.json")]
    [InlineData("jq --arg k v .x f.json", "R /work/project/f.json")]
    [InlineData("jq -n --rawfile t /etc/x '$t'", "R /etc/x")]
    [InlineData("jq -f filter.jq in.json", "R /work/project/filter.jq | R /work/project/in.json")]
    [InlineData("jq -n '$ARGS' --args a b", "")]
    [InlineData("cmp a b 10 20", "R /work/project/a | R /work/project/b")]
    [InlineData("man ls", "")]
    [InlineData("man ./ls.1", "R /work/project/ls.1")]
    [InlineData("man -l page.1", "R /work/project/page.1")]
    [InlineData("base64 -o out in", "W /work/project/out | R /work/project/in")]
    [InlineData("sha256sum a b", "R /work/project/a | R /work/project/b")]
    [InlineData("od -A x -t x1z f", "R /work/project/f")]
    [InlineData("nl -b a f", "R /work/project/f")]
    public void Extract_ReadCommand_ReportsReadPaths(string command, string expected) => Assert.Equal(expected, Render(command));

    [Theory]
    [InlineData("mkdir out", "C /work/project/out")]
    [InlineData("mkdir -p out/a/b", "C /work/project/out/a/b")]
    [InlineData("mkdir -m 777 x", "C /work/project/x")]
    [InlineData("mkdir /tmp/newdir", "C /tmp/newdir")]
    [InlineData("mkdir ~/x", "C /home/dev/x")]
    [InlineData("touch x.txt", "C /work/project/x.txt")]
    [InlineData("touch -d 2020 x", "C /work/project/x")]
    [InlineData("touch -r ref x", "R /work/project/ref | C /work/project/x")]
    [InlineData("touch *.txt", "C glob /work/project/*.txt base /work/project")]
    [InlineData("rm .env", "W /work/project/.env")]
    [InlineData("rm -rf build", "W /work/project/build")]
    [InlineData("rm -- -weird", "W /work/project/-weird")]
    [InlineData("rm -rf / --no-preserve-root", "W /")]
    [InlineData("rmdir empty", "W /work/project/empty")]
    [InlineData("rm -", "W /work/project/-")]
    [InlineData("uniq - out", "W /work/project/out")]
    [InlineData("cp .env b.txt", "W /work/project/.env | W /work/project/b.txt")]
    [InlineData("cp a.txt .env", "W /work/project/a.txt | W /work/project/.env")]
    [InlineData("cp -t dst a b", "W /work/project/dst | W /work/project/a | W /work/project/b")]
    [InlineData("mv src/a.ts src/b.ts", "W /work/project/src/a.ts | W /work/project/src/b.ts")]
    [InlineData("mv x .envrc", "W /work/project/x | W /work/project/.envrc")]
    [InlineData("sed -i s/a/b/ .env", "W /work/project/.env")]
    [InlineData("sed -i.bak s/a/b/ f", "W /work/project/f")]
    [InlineData("sed --in-place=.bak s/a/b/ f", "W /work/project/f")]
    [InlineData("sed -n 1p secrets/a", "R /work/project/secrets/a")]
    [InlineData("sed s/a/b/ f", "R /work/project/f")]
    [InlineData("sed -e s/a/b/ -e 1d f g", "R /work/project/f | R /work/project/g")]
    [InlineData("sed -f script.sed f", "R /work/project/script.sed | R /work/project/f")]
    [InlineData("sed 's/a/b/w out.txt' f", "W /work/project/out.txt | R /work/project/f")]
    [InlineData("sed '1r /etc/passwd' f", "R /etc/passwd | R /work/project/f")]
    [InlineData("tee x.txt", "W /work/project/x.txt")]
    [InlineData("tee -a log /etc/x", "W /work/project/log | W /etc/x")]
    public void Extract_CreateOrWriteCommand_ReportsOperation(string command, string expected) => Assert.Equal(expected, Render(command));

    [Theory]
    [InlineData("find . -name x", "R /work/project")]
    [InlineData("find / -name x", "R /")]
    [InlineData("find -L src lib -type f", "R /work/project/src | R /work/project/lib")]
    [InlineData("find -name x", "")]
    [InlineData("find . -newer ref -print", "R /work/project | R /work/project/ref")]
    [InlineData("find . -fprint /tmp/out", "R /work/project | W /tmp/out")]
    [InlineData("find src ( -name a -o -name b )", "R /work/project/src")]
    [InlineData("find . ! -name x", "R /work/project")]
    public void Extract_Find_ReportsStartPathsAndFileArguments(string command, string expected) => Assert.Equal(expected, Render(command));

    [Theory]
    [InlineData("git status", "")]
    [InlineData("git log -p /work/project", "R /work/project")]
    [InlineData("git diff HEAD~1", "")]
    [InlineData("git diff --no-index /etc/passwd a", "R /etc/passwd")]
    [InlineData("git log -- src", "R /work/project/src")]
    [InlineData("git show HEAD:../x", "")]
    [InlineData("git add .env", "R /work/project/.env")]
    [InlineData("git blame src/a.ts", "R /work/project/src/a.ts")]
    [InlineData("git commit -m 'fix /etc stuff'", "")]
    [InlineData("git commit -F ../msg.txt", "R /work/msg.txt")]
    [InlineData("git -C /tmp log", "")]
    [InlineData("git --work-tree=/ status", "")]
    public void Extract_Git_ReportsPathLikeArguments(string command, string expected) => Assert.Equal(expected, Render(command));

    [Theory]
    [InlineData("cd src", "R /work/project/src")]
    [InlineData("cd", "R /home/dev")]
    [InlineData("cd ~", "R /home/dev")]
    [InlineData("cd /etc", "R /etc")]
    [InlineData("cd -", "R expand -")]
    [InlineData("cd -P ..", "R /work")]
    [InlineData("cd $DIR", "R expand $DIR")]
    public void Extract_Cd_ReportsTarget(string command, string expected) => Assert.Equal(expected, Render(command));

    [Theory]
    [InlineData("npm test")]
    [InlineData("python3 /etc/x.py")]
    [InlineData("curl -o /etc/x http://a")]
    [InlineData("echo /etc/passwd")]
    public void Extract_OtherCommand_ReportsNothing(string command) => Assert.Equal(string.Empty, Render(command));

    [Theory]
    [InlineData("cat", true)]
    [InlineData("cd", true)]
    [InlineData("git", true)]
    [InlineData("jq", true)]
    [InlineData("tee", true)]
    [InlineData("sha256sum", true)]
    [InlineData("python3", false)]
    [InlineData("chmod", false)]
    [InlineData("ln", false)]
    public void IsFileCommand_Table_MatchesSpec(string command, bool expected) => Assert.Equal(expected, FileCommandPaths.IsFileCommand(command));

    [Theory]
    [InlineData("cat a", "Read")]
    [InlineData("mkdir a", "Create")]
    [InlineData("touch a", "Create")]
    [InlineData("rm a", "Write")]
    [InlineData("sed -n 1p a", "Read")]
    [InlineData("sed -i s/a/b/ a", "Write")]
    [InlineData("git status", "Read")]
    public void OperationOf_FileCommand_ReturnsTableOperation(string command, string expected) =>
        Assert.Equal(expected, FileCommandPaths.OperationOf(TestArgv.Parse(command)).ToString());

    [Fact]
    public void OperationOf_OtherCommand_ReturnsNull() => Assert.Null(FileCommandPaths.OperationOf(TestArgv.Parse("npm test")));

    [Theory]
    [InlineData("ls", true)]
    [InlineData("grep -r a .", true)]
    [InlineData("cat ../.env", true)]
    [InlineData("cat a /etc/x", true)]
    [InlineData("cat $X", true)]
    [InlineData("cat /etc/hosts", false)]
    [InlineData("cat ~/x", false)]
    [InlineData("ls $HOME", false)]
    [InlineData("cd src", false)]
    [InlineData("rm x", false)]
    [InlineData("sed -i s/a/b/ f", false)]
    [InlineData("sed -n 1p f", true)]
    [InlineData("npm test", false)]
    public void ReadsRelativeToCwd_Command_DetectsRelativeReads(string command, bool expected)
    {
        ArgWord[] argv = TestArgv.Parse(command);
        Assert.Equal(expected, FileCommandPaths.ReadsRelativeToCwd(argv, FileCommandPaths.Extract(argv, TestArgv.Context)));
    }
}
