namespace RuleEngine.Cli.AutoMode;

/// <summary>A settings file could not be used; the message is one line for stderr.</summary>
internal sealed class SettingsReadException(string message) : Exception(message);
