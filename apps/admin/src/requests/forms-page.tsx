import { useQuery } from '@apollo/client/react';
import { AdminRequestFormsDocument, type RequestFormDefinitionFragment } from '@portal/graphql-types';
import { Badge, Button, Page, Spinner, StatusMessage } from '@portal/ui';
import { useState } from 'react';
import { FormEditor } from './form-editor';
import { AUDIENCE_LABEL, messages } from './messages';

/** The request forms, and the editor for one (new or existing). */
export function FormsPage({ onBack }: { onBack: () => void }) {
  const { data, error } = useQuery(AdminRequestFormsDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<RequestFormDefinitionFragment | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (editing) {
    return (
      <FormEditor
        form={editing === 'new' ? null : editing}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice(messages.formSaved);
        }}
      />
    );
  }
  return (
    <Page title={messages.formsTitle} intro={messages.formsIntro}>
      <div className="button-row">
        <Button variant="secondary" onClick={onBack}>
          {messages.back}
        </Button>
        <Button onClick={() => setEditing('new')}>{messages.newForm}</Button>
      </div>
      <StatusMessage message={notice} />
      {error && !data && (
        <div role="alert" className="alert">
          <p>{messages.loadError}</p>
        </div>
      )}
      {!data && !error && <Spinner />}
      <ul className="request-queue" aria-label={messages.formsTitle}>
        {data?.requestForms.nodes.map((f) => (
          <li key={f.id} className="card">
            <h2 className="request-title">
              <button type="button" className="link-button" onClick={() => setEditing(f)}>
                {messages.editForm(f.nameEn)}
              </button>
            </h2>
            <p className="request-meta">
              {f.nameFr} · {AUDIENCE_LABEL[f.audience]} · {f.fields.length} {messages.fields.toLowerCase()} {!f.active && <Badge tone="warning">{messages.inactive}</Badge>}
            </p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
