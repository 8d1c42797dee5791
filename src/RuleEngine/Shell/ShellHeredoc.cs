using RuleEngine.Syntax;

namespace RuleEngine.Shell;

/// <summary>
/// A heredoc body. <see cref="Body"/> covers the body lines (without the delimiter line) in the source;
/// a quoted delimiter (<c>&lt;&lt;'EOF'</c>) makes the body data, an unquoted one subjects it to expansion.
/// </summary>
internal readonly record struct ShellHeredoc(TextSpan Delimiter, bool QuotedDelimiter, bool StripTabs, TextSpan Body);
