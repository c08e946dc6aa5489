using CrmSupportHub.Core.Webhooks;
using Microsoft.Data.Sqlite;

namespace CrmSupportHub.Persistence.Sqlite.Inbox;

/// <summary>One compiled insert into <c>webhook_inbox</c>; a redelivery changes nothing.</summary>
internal sealed class InboxInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO webhook_inbox (client_id, delivery_key, received_at, content_type, body, status)
        VALUES ($client_id, $delivery_key, $received_at, $content_type, $body, 'Pending')
        ON CONFLICT (client_id, delivery_key) DO NOTHING
        """;

    private readonly SqliteStatement _statement;
    private readonly int _clientId, _deliveryKey, _receivedAt, _contentType, _body;

    public InboxInsert(SqliteTransaction transaction)
    {
        _statement = new SqliteStatement(transaction, Sql);
        _clientId = _statement.IndexOf("$client_id");
        _deliveryKey = _statement.IndexOf("$delivery_key");
        _receivedAt = _statement.IndexOf("$received_at");
        _contentType = _statement.IndexOf("$content_type");
        _body = _statement.IndexOf("$body");
    }

    /// <returns><see langword="false"/> when the delivery was stored before.</returns>
    public bool Execute(InboxItem item)
    {
        _statement.Bind(_clientId, item.ClientId);
        _statement.Bind(_deliveryKey, item.DeliveryKey);
        _statement.Bind(_receivedAt, DbText.FromInstant(item.ReceivedAt));
        _statement.Bind(_contentType, item.ContentType);
        _statement.Bind(_body, item.Body);
        return _statement.Execute() == 1;
    }

    public void Dispose() => _statement.Dispose();
}
