/** Standard output could not take what the command wrote (a full disk behind `> file`, `/dev/full`): the run's report says so. */
export class StandardOutputError extends Error {
  constructor(readonly reason: unknown) {
    super((reason as Error).message);
  }
}
