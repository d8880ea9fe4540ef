// What an API handler gets: the authenticated user, the matched route and its decoded params.
import type { Incoming, Reply } from "./http.ts";
import type { Route, RouteTable } from "./examples.ts";
import type { Catalog } from "./catalog.ts";
import type { User } from "./fixtures.ts";
import type { State } from "./state.ts";

export type ApiContext = {
  state: State;
  table: RouteTable;
  catalog: Catalog;
  incoming: Incoming;
  route: Route;
  params: Record<string, string>;
  user: User;
};

export type Handler = (ctx: ApiContext) => Reply;
