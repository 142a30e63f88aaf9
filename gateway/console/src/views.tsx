import type { ComponentType } from 'preact';
import type { Api } from './api/client';
import type { Session } from './session/session';
import { BusinessView } from './business/business-view';
import { ManagerView } from './manager/manager-view';
import { OnboardingView } from './onboarding/onboarding-view';
import { SupportView } from './support/support-view';

export interface ViewProps {
  api: Api;
  session: Session;
  /** Bumped when the view should reload what it shows: an event came, or its timer ran (see `refresh`). */
  liveTick: number;
}

/** A view of the console, offered to a token that has every scope it names. */
export interface ConsoleView {
  id: string;
  title: string;
  scopes: string[];
  /**
   * What keeps it live: `events`, the process tier's event stream (its scope, process:read, reads
   * orders in detail, which a view of orders needs anyway); `timer`, a reload every minute, for the
   * figures of roles that may not read the stream (see refresh-timer.ts).
   */
  refresh: 'events' | 'timer';
  component: ComponentType<ViewProps>;
}

/** The console's views, by role; a signed-in user sees the ones their scopes allow, in this order. */
export const CONSOLE_VIEWS: ConsoleView[] = [
  { id: 'support', title: 'Integration support', scopes: ['process:read'], refresh: 'events', component: SupportView },
  { id: 'operations', title: 'Operations', scopes: ['ops:read'], refresh: 'timer', component: ManagerView },
  { id: 'business', title: 'Business', scopes: ['business:read'], refresh: 'timer', component: BusinessView },
  {
    id: 'onboarding',
    title: 'Partner onboarding',
    scopes: ['process:read', 'process:write'],
    refresh: 'events',
    component: OnboardingView,
  },
];

export const viewsFor = (session: Session) =>
  CONSOLE_VIEWS.filter((view) => view.scopes.every((scope) => session.scopes.includes(scope)));
