using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDesk.Data;

// Lets the EF tools build the model without the bot host. After changing the model, from the repository root:
//   dotnet tool restore
//   dotnet ef migrations add <Name> --project data
// The database file named here is never opened by "migrations add".
public sealed class FrontDeskDbDesignTimeFactory : IDesignTimeDbContextFactory<FrontDeskDb>
{
    public FrontDeskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FrontDeskDb>()
            .UseSqlite(DatabaseFile.ConnectionString("frontdesk.design.db"))
            .Options);
}
