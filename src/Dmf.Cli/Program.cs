using System;
using Dmf.Cli;

return DmfApp.Run(args, new Dmf.Cli.Output.StandardOutputWriter(Console.Out), Console.Error, showProgress: !Console.IsErrorRedirected);
