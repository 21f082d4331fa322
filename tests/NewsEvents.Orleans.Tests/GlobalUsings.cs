global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Linq;
global using System.Threading.Tasks;
global using NodaTime;
global using NUnit.Framework;
global using NewsEvents;
