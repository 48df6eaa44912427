import { Request, RequestAttachment, RequestMessage } from './request.entity';
import { RequestForm } from './request-form.entity';

/** The tables of the requests module, for the db entity list. */
export const requestEntities = [RequestForm, Request, RequestMessage, RequestAttachment];
