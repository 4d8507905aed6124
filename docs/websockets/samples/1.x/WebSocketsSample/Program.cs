using System.IO;
using Microsoft.AspNetCore.Hosting;

namespace WebSocketsSample
{
    public class Program
    {
        // 1.x builds the host by hand; it listens on http://localhost:5000 by default.
        public static void Main(string[] args)
        {
            var host = new WebHostBuilder()
                .UseKestrel()
                .UseContentRoot(Directory.GetCurrentDirectory())
                .UseStartup<Startup>()
                .Build();

            host.Run();
        }
    }
}
