import { mountPage } from '../shared/mount';
import { Popup } from './Popup';

mountPage(Popup, {}, 'extName');
