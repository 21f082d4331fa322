using System;
using System.Collections.Generic;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// Reads a command's arguments one at a time, the same way for every command: options as <c>--name value</c> or
/// <c>--name=value</c>, short options as <c>-x value</c>, <c>--</c> ending the options, and <c>-</c> as an ordinary argument.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly IReadOnlyList<string> _args;
    private int _index = -1;
    private bool _onlyArguments;

    /// <summary>Initializes a reader before the first argument.</summary>
    /// <param name="args">The arguments after the command name.</param>
    public ArgumentReader(IReadOnlyList<string> args) => _args = args;

    /// <summary>Gets the current argument as typed.</summary>
    public string Current => _args[_index];

    /// <summary>Gets the current option's name (<c>--format</c> for <c>--format=json</c>), or null when the argument is not an option.</summary>
    public string? Option { get; private set; }

    /// <summary>Gets the value given with <c>=</c> in the current option, or null.</summary>
    public string? InlineValue { get; private set; }

    /// <summary>Whether the arguments ask for help: <c>-h</c> or <c>--help</c> before any <c>--</c>.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <returns>Whether usage should be printed instead of running the command.</returns>
    public static bool AsksForHelp(IReadOnlyList<string> args)
    {
        var reader = new ArgumentReader(args);
        while (reader.MoveNext())
        {
            if (reader.Option is "-h" or "--help" && reader.InlineValue is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves to the next argument, skipping a first <c>--</c>, after which no argument is an option.</summary>
    /// <returns>Whether there is another argument.</returns>
    public bool MoveNext()
    {
        Option = null;
        InlineValue = null;
        if (++_index >= _args.Count)
        {
            return false;
        }

        var arg = _args[_index];
        if (_onlyArguments || !IsOption(arg))
        {
            return true;
        }

        if (arg == "--")
        {
            _onlyArguments = true;
            return MoveNext();
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
        {
            Option = arg[..equals];
            InlineValue = arg[(equals + 1)..];
        }
        else
        {
            Option = arg;
        }

        return true;
    }

    /// <summary>Takes the current option's value: the part after <c>=</c>, else the next argument unless that is an option.</summary>
    /// <param name="value">The value, when there is one.</param>
    /// <param name="error">The usage error, when there is none or it is empty.</param>
    /// <returns>Whether the option has a non-empty value.</returns>
    public bool TryTakeValue(out string value, out string error)
    {
        error = string.Empty;
        if (InlineValue is not null)
        {
            value = InlineValue;
        }
        else if (_index + 1 < _args.Count && !IsOption(_args[_index + 1]))
        {
            value = _args[++_index];
        }
        else
        {
            value = string.Empty;
        }

        if (value.Length == 0)
        {
            error = $"option '{Option}' needs a value";
            return false;
        }

        return true;
    }

    private static bool IsOption(string arg) => arg.StartsWith('-') && arg != "-";
}
