using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDesk.Data;

// Lets the EF tools build the SQLite model without the bot host. After changing the model, from the repository root,
// add the migration for each provider (PostgreSQL's factory is in data.Postgres/):
//   dotnet tool restore
//   dotnet ef migrations add <Name> --project data
//   dotnet ef migrations add <Name> --project data.Postgres
// The database file named here is never opened by "migrations add".
public sealed class FrontDeskDbDesignTimeFactory : IDesignTimeDbContextFactory<FrontDeskDb>
{
    public FrontDeskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FrontDeskDb>()
            .UseSqlite(DatabaseFile.ConnectionString("frontdesk.design.db"))
            .Options);
}
