// Calls one channel of a running browser host (its COORDINA_HOST_READY line: rpc, token) and
// unwraps the answer; a refusal throws with the core's error. Shared by the screenshot scripts.
export function hostRpc(ready) {
  return async (channel, input) => {
    const response = await globalThis.fetch(`${ready.rpc}/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.token}` },
      body: JSON.stringify(input),
    });
    const envelope = await response.json();
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    return envelope.result;
  };
}
