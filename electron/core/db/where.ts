/** Builds a parameterised WHERE clause from optional filters. */
export class Where {
  private readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `condition` with its parameters when `when` holds (default: always). */
  add(condition: string, params: unknown[], when = true): this {
    if (when) {
      this.conditions.push(condition);
      this.params.push(...params);
    }
    return this;
  }

  /** `WHERE a AND b`, or '' without conditions. */
  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
