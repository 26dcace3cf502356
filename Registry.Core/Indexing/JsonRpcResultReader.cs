using System.Text.Json;

namespace Registry.Core.Indexing;

/// <summary>Reads a JSON-RPC result: starts on its first token, ends on its last.</summary>
internal delegate T JsonRpcResultReader<out T>(ref Utf8JsonReader reader);
