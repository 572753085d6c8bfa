import { Component, type ReactNode } from 'react';
import { I18nContext } from '../i18n/i18n-context';

interface State {
  error: Error | null;
}

/** Keeps one broken screen from taking the whole app down; says what happened. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = I18nContext;
  declare context: React.ContextType<typeof I18nContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <div className="banner banner-error" role="alert">
          {this.context.t('workspace.error', { message: this.state.error.message })}
        </div>
      </div>
    );
  }
}
