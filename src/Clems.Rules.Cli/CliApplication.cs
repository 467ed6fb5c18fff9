using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using Clems.Rules.Cli.Commands;

namespace Clems.Rules.Cli;

/// <summary>Builds the <c>clems-rules</c> command tree and runs a command line against a <see cref="CliContext"/>.</summary>
internal static class CliApplication
{
    /// <summary>Builds the root command with every subcommand bound to the context.</summary>
    /// <param name="context">The clock and streams the commands use.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("clems-rules: evaluate CLEMS cluster scenarios and explain every governance decision with its clause.");
        root.Subcommands.Add(new EvaluateCommand(context).Create());
        root.Subcommands.Add(new TicketCommand(context).Create());
        root.Subcommands.Add(new RulesHashCommand(context).Create());
        root.Subcommands.Add(new RulesCommand(context).Create());
        root.Subcommands.Add(new GenerateCommand(context).Create());
        root.Subcommands.Add(new SimulateCommand(context).Create());
        return root;
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="context">The clock and streams the commands use.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var parseResult = CreateRootCommand(context).Parse(args);

        // A command line that does not parse is invalid input (exit 2), not a failure of the tool (System.CommandLine's 1).
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine(error.Message);
            }

            var command = parseResult.CommandResult.Command;
            var help = command is RootCommand ? "clems-rules --help" : $"clems-rules {command.Name} --help";
            context.Error.WriteLine($"Run '{help}' for the commands and options.");
            return ExitCodes.InvalidInput;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,

            // Every command reports its own failures without a stack trace (unless --verbose).
            EnableDefaultExceptionHandler = false,
        });
    }
}
