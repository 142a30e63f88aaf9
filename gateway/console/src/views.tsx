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
  /** Bumped when the event stream says something changed: a view reloads what it shows. */
  liveTick: number;
}

/** A view of the console, offered to a token that has every scope it names. */
export interface ConsoleView {
  id: string;
  title: string;
  scopes: string[];
  component: ComponentType<ViewProps>;
}

/** The console's views, by role; a signed-in user sees the ones their scopes allow, in this order. */
export const CONSOLE_VIEWS: ConsoleView[] = [
  { id: 'support', title: 'Integration support', scopes: ['process:read'], component: SupportView },
  { id: 'operations', title: 'Operations', scopes: ['ops:read'], component: ManagerView },
  { id: 'business', title: 'Business', scopes: ['business:read'], component: BusinessView },
  {
    id: 'onboarding',
    title: 'Partner onboarding',
    scopes: ['process:read', 'process:write'],
    component: OnboardingView,
  },
];

export const viewsFor = (session: Session) =>
  CONSOLE_VIEWS.filter((view) => view.scopes.every((scope) => session.scopes.includes(scope)));
