using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using OpenCx.Scopes.AspNetCore;

namespace OpenCx.Scopes.AspNetCore.Tests.Examples;

// Keys in a database table, looked up per request:
//   CREATE TABLE api_keys (sha256 BLOB PRIMARY KEY, name TEXT NOT NULL, scopes TEXT NOT NULL DEFAULT '',
//                          full_access INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0);
// A key added, revoked or deleted in the table counts from the next request on.
public sealed class SqliteApiKeyStore(string connectionString) : IOpenCxApiKeyStore
{
    public async ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, scopes, full_access, revoked FROM api_keys WHERE sha256 = $sha256";
        command.Parameters.AddWithValue("$sha256", keySha256.ToArray());
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (name, revoked) = (row.GetString(0), row.GetBoolean(3));
        return row.GetBoolean(2)
            ? OpenCxApiKey.WithFullAccess(name, keySha256.Span, revoked)
            : OpenCxApiKey.WithScopes(name, keySha256.Span, row.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries), revoked);
    }
}
