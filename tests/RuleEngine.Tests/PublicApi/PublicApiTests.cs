using System.Reflection;
using System.Text;
using RuleEngine.Evaluation;

namespace RuleEngine.Tests.PublicApi;

/// <summary>
/// The library's public surface is kept small and changed on purpose: this test compares it with the approved
/// listing <c>RuleEngine.api.txt</c>. After an intended change, regenerate it with
/// <c>RULEENGINE_UPDATE_API=1 dotnet test --filter PublicApi</c> and review the diff.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedListing()
    {
        string actual = Describe(typeof(PermissionEngine).Assembly);
        string path = ApprovedPath();
        if (Environment.GetEnvironmentVariable("RULEENGINE_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        string approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(approved == actual, $"the public API changed; review and regenerate {path} (see the test's summary)\n{FirstDifference(approved, actual)}");
    }

    private static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            if (type.IsEnum)
            {
                foreach (string name in Enum.GetNames(type))
                {
                    sb.Append("  ").Append(name).Append('\n');
                }

                continue;
            }

            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                .Select(Member)
                .Order(StringComparer.Ordinal);
            foreach (string m in members)
            {
                sb.Append("  ").Append(m).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static bool IsCompilerGenerated(MemberInfo m) =>
        m.Name is "<Clone>$" or "EqualityContract" || m.Name.StartsWith('<');

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : "class";

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c.GetParameters())})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{TypeName(mi.ReturnType)} {mi.Name}({Parameters(mi.GetParameters())})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{TypeName(p.PropertyType)} {p.Name} {{{(p.CanRead ? " get;" : string.Empty)}{(p.SetMethod?.IsPublic == true ? " set;" : string.Empty)} }}",
        FieldInfo f => $"{(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{TypeName(f.FieldType)} {f.Name}",
        EventInfo e => $"event {TypeName(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {nested.Name}",
        _ => m.ToString() ?? m.Name,
    };

    private static string Parameters(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{TypeName(p.ParameterType)} {p.Name}"));

    private static string TypeName(Type t)
    {
        if (t.IsGenericType)
        {
            string name = t.Name[..t.Name.IndexOf('`')];
            return $"{name}<{string.Join(", ", t.GetGenericArguments().Select(TypeName))}>";
        }

        return t.IsArray ? TypeName(t.GetElementType()!) + "[]" : t.Name;
    }

    private static string ApprovedPath()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "tests", "RuleEngine.Tests", "PublicApi", "RuleEngine.api.txt");
            if (File.Exists(Path.Combine(d.FullName, "RuleEngine.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static string FirstDifference(string approved, string actual)
    {
        string[] a = approved.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "<end>";
            string y = i < b.Length ? b[i] : "<end>";
            if (x != y)
            {
                return $"line {i + 1}: approved `{x}`, actual `{y}`";
            }
        }

        return "no line differs";
    }
}
