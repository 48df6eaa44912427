import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { PresignedUploadPayload } from '../../graphql/presigned-upload';
import { UserError } from '../../graphql/user-error';
import { RequestStatus } from './request-state';
import { Request, RequestAttachment, RequestMessage } from './request.entity';
import { RequestForm, RequestFormField } from './request-form.entity';

@ObjectType({ description: 'One answer of a request, with its field as defined when it was opened.' })
export class RequestAnswer {
  @Field()
  key: string;

  @Field({ description: 'The field’s label (the key when the field was removed from the form since).' })
  label: string;

  @Field(() => RequestFormField, { nullable: true })
  field: RequestFormField | null;

  @Field(() => String, { nullable: true, description: 'The answer as text: numbers as typed, "true"/"false", dates YYYY-MM-DD.' })
  value: string | null;

  @Field(() => RequestAttachment, { nullable: true, description: 'The file of an ATTACHMENT field.' })
  attachment: RequestAttachment | null;
}

@ObjectType()
export class RequestMessageConnection extends Connection(RequestMessage) {}

@ObjectType()
export class RequestAttachmentConnection extends Connection(RequestAttachment) {}

@ObjectType()
export class RequestFormConnection extends Connection(RequestForm) {}

@ObjectType()
export class RequestConnection extends Connection(Request) {}

@ObjectType({ description: 'How many requests of the filtered queue have a status.' })
export class RequestStatusCount {
  @Field(() => RequestStatus)
  status: RequestStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over the filtered queue, whatever its status filter (all pages).' })
export class RequestQueueCounts {
  @Field(() => [RequestStatusCount])
  byStatus: RequestStatusCount[];

  @Field(() => Int, { description: 'Open requests past their due date.' })
  overdue: number;

  @Field(() => Int, { description: 'Open requests without an owner.' })
  unassigned: number;

  @Field(() => Int, { description: 'Open requests waiting for staff.' })
  waitingForStaff: number;
}

@ObjectType({ description: 'Requests, newest first, with counts for the staff queue.' })
export class RequestQueueConnection extends RequestConnection {
  @Field(() => RequestQueueCounts)
  counts: Promise<RequestQueueCounts> | RequestQueueCounts;
}

@ObjectType()
export class RequestPayload {
  @Field(() => Request, { nullable: true })
  request: Request | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'What happened to one request of a bulk change.' })
export class RequestResult {
  @Field(() => ID)
  id: string;

  @Field(() => Request, { nullable: true })
  request: Request | null;

  @Field(() => UserError, { nullable: true })
  userError: UserError | null;
}

@ObjectType({ description: 'Outcome of a change to several requests; each succeeds or fails on its own.' })
export class RequestsPayload {
  @Field(() => [RequestResult], { description: 'One result per ID asked for, in the same order.' })
  results: RequestResult[];

  @Field(() => [UserError], { description: 'Every failure, with the index of the ID in `field`.' })
  userErrors: UserError[];
}

@ObjectType()
export class RequestFormPayload {
  @Field(() => RequestForm, { nullable: true })
  form: RequestForm | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'A file recorded for a request and where to PUT its bytes (never through GraphQL).' })
export class RequestAttachmentUpload extends PresignedUploadPayload {
  @Field(() => RequestAttachment, { nullable: true })
  attachment: RequestAttachment | null;

}
