using System;
using Dmf.Cli;

return DmfApp.Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
