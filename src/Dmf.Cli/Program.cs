using Dmf.Cli;

return DmfApp.Run(args, new Dmf.Cli.Output.StandardOutputWriter(Console.Out), new Dmf.Cli.Output.StandardErrorWriter(Console.Error), showProgress: !Console.IsErrorRedirected);
