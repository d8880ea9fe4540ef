/** A minimal cookie jar for driving HTTP flows in unit tests: names and values, plus raw Set-Cookie lines. */
export class CookieJar {
  readonly values = new Map<string, string>();
  readonly setCookies: string[] = [];

  remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (value === "" || /;\s*max-age=0/i.test(line)) this.values.delete(name);
      else this.values.set(name, value);
    }
    return response;
  }

  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** The attributes of the last Set-Cookie line for `name`, lower-cased, e.g. ["path=/", "httponly"]. */
  attributes(name: string): string[] | null {
    const line = this.setCookies.findLast((candidate) => candidate.startsWith(`${name}=`));
    return line ? line.split(";").slice(1).map((part) => part.trim().toLowerCase()) : null;
  }
}
