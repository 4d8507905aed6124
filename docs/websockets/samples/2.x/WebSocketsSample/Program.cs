using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;

namespace WebSocketsSample
{
    public class Program
    {
        public static void Main(string[] args)
        {
            BuildWebHost(args).Run();
        }

        // Listens on http://localhost:5000, the address the article tells readers to open.
        public static IWebHost BuildWebHost(string[] args) =>
            WebHost.CreateDefaultBuilder(args)
                .UseStartup<Startup>()
                .UseUrls("http://localhost:5000")
                .Build();
    }
}
