namespace CrmSupportHub.Connectors.Tests.Http;

public sealed class ResponseBufferingHandlerTests
{
    [Test]
    public async Task SendAsync_BodyCutOffMidTransfer_FailsTheAttemptWithHttpRequestException()
    {
        using var invoker = Invoker(new CutOffStream(cutAfter: 10));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Get(), CancellationToken.None));

        Assert.That(error!.InnerException, Is.InstanceOf<IOException>());
    }

    [Test]
    public async Task SendAsync_WholeBody_IsReadBeforeTheAnswerIsReturned()
    {
        var body = new CutOffStream(cutAfter: null);
        using var invoker = Invoker(body);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.ReadToEnd, Is.True, "read inside the handler chain, where retries and timeouts apply");
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Has.Length.EqualTo(CutOffStream.Size));
        }
    }

    private static HttpMessageInvoker Invoker(Stream body) =>
        new(new ResponseBufferingHandler { InnerHandler = new BodyHandler(body) });

    private static HttpRequestMessage Get() => new(HttpMethod.Get, new Uri("http://crm.test/items"));

    private sealed class BodyHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(body) });
    }

    /// <summary>A 100-byte body that fails with an I/O error after <c>cutAfter</c> bytes, as a dropped connection does.</summary>
    private sealed class CutOffStream(int? cutAfter) : MemoryStream(new byte[Size])
    {
        public const int Size = 100;

        public bool ReadToEnd { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= cutAfter)
            {
                throw new IOException("The response ended prematurely.");
            }

            var max = cutAfter is { } cut ? (int)Math.Min(buffer.Length, cut - Position) : buffer.Length;
            var read = Read(buffer.Span[..max]);
            ReadToEnd |= read == 0;
            return ValueTask.FromResult(read);
        }
    }
}
